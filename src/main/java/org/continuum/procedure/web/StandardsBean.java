package org.continuum.procedure.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.continuum.procedure.application.MinimumForm;
import org.continuum.procedure.application.MinimumView;
import org.continuum.procedure.application.ProcedureCatalog;
import org.continuum.procedure.application.ProcedureOption;
import org.continuum.procedure.application.ProcedureStandards;
import org.continuum.procedure.domain.TraineeRole;
import org.continuum.shared.domain.InvalidInputException;
import org.continuum.shared.domain.Wording;
import org.continuum.shared.web.ProgramContext;
import org.continuum.shared.web.UserMessages;

/** The program's procedure minimums: everyone in the program reads them; the director edits. */
@Named("standards")
@ViewScoped
public class StandardsBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ProcedureStandards standards;
  @Inject ProcedureCatalog catalog;
  @Inject ProgramContext page;

  private List<MinimumView> minimums;

  private Long editId;
  private Long editVersion;
  private String label;

  /** The target that counts cases by their primary CPT code, listed in {@link #codes}. */
  static final String CODES = "codes";

  /** "category:12", "procedure:34" or "codes" */
  private String target;

  /** "64483, 64479" when the minimum counts CPT codes. */
  private String codes;

  private Integer requiredCount;
  private TraineeRole[] countedRoles = new TraineeRole[0];
  private String interim;
  private Integer displayOrder;

  public List<MinimumView> getMinimums() {
    if (minimums == null) {
      minimums = standards.list(page.getProgramId());
    }
    return minimums;
  }

  /** The choices of what a minimum counts: categories first, then single procedures. */
  public Map<String, String> getTargets() {
    Map<String, String> targets = new LinkedHashMap<>();
    Map<Long, String> categories = new LinkedHashMap<>();
    List<ProcedureOption> all = catalog.all();
    all.forEach(o -> categories.putIfAbsent(o.categoryId(), o.categoryName()));
    categories.forEach(
        (id, name) -> targets.put(Wording.of("standards.category", name), "category:" + id));
    all.stream()
        .filter(ProcedureOption::active)
        .forEach(
            o -> targets.put(Wording.of("standards.procedure", o.label()), "procedure:" + o.id()));
    targets.put("CPT codes: cases whose primary code is one listed below", CODES);
    return targets;
  }

  private static List<String> codeList(String text) {
    return text == null || text.isBlank() ? List.of() : List.of(text.split("[,;\\s]+"));
  }

  public void startNew() {
    editId = null;
    editVersion = null;
    label = null;
    target = null;
    codes = null;
    requiredCount = null;
    countedRoles = new TraineeRole[] {TraineeRole.PERFORMED, TraineeRole.SUPERVISED_JUNIOR};
    interim = null;
    displayOrder = getMinimums().size() + 1;
  }

  public void edit(MinimumView m) {
    editId = m.id();
    editVersion = m.version();
    label = m.label();
    target =
        m.categoryId() != null
            ? "category:" + m.categoryId()
            : m.procedureTypeId() != null ? "procedure:" + m.procedureTypeId() : CODES;
    codes = String.join(", ", m.cptCodes());
    requiredCount = m.requiredCount();
    countedRoles = m.countedRoles().toArray(TraineeRole[]::new);
    interim = m.interimText().replace("PGY-", "");
    displayOrder = m.displayOrder();
  }

  public void save() {
    Long category =
        target != null && target.startsWith("category:")
            ? Long.parseLong(target.substring(9))
            : null;
    Long procedure =
        target != null && target.startsWith("procedure:")
            ? Long.parseLong(target.substring(10))
            : null;
    MinimumView saved =
        standards.save(
            page.getProgramId(),
            new MinimumForm(
                editId,
                editVersion,
                label,
                category,
                procedure,
                target != null && target.equals(CODES) ? codeList(codes) : List.of(),
                requiredCount,
                countedRoles.length == 0
                    ? EnumSet.noneOf(TraineeRole.class)
                    : EnumSet.copyOf(List.of(countedRoles)),
                parseInterim(interim),
                displayOrder));
    UserMessages.info(Wording.of("standardsBean.savedMinimum", saved.label()));
    minimums = null;
  }

  public void remove(MinimumView m) {
    standards.remove(page.getProgramId(), m.id(), m.version());
    UserMessages.info(Wording.of("standardsBean.removedMinimum", m.label()));
    minimums = null;
  }

  /** "2: 40, 3: 100" to {2=40, 3=100}. */
  static Map<Integer, Integer> parseInterim(String text) {
    Map<Integer, Integer> targets = new LinkedHashMap<>();
    if (text == null || text.isBlank()) {
      return targets;
    }
    for (String part : text.split("[,;]")) {
      String[] pair = part.strip().split("\\s*:\\s*");
      try {
        targets.put(Integer.parseInt(pair[0].strip()), Integer.parseInt(pair[1].strip()));
      } catch (RuntimeException e) {
        throw new InvalidInputException(
            "interim", Wording.of("standardsBean.interimTargetsWrittenPgy"));
      }
    }
    return targets;
  }

  public String rolesOf(MinimumView m) {
    return m.countedRoles().stream().map(TraineeRole::title).collect(Collectors.joining(", "));
  }

  public Long getEditId() {
    return editId;
  }

  public String getLabel() {
    return label;
  }

  public void setLabel(String label) {
    this.label = label;
  }

  public String getCodes() {
    return codes;
  }

  public void setCodes(String codes) {
    this.codes = codes;
  }

  public String getTarget() {
    return target;
  }

  public void setTarget(String target) {
    this.target = target;
  }

  public Integer getRequiredCount() {
    return requiredCount;
  }

  public void setRequiredCount(Integer requiredCount) {
    this.requiredCount = requiredCount;
  }

  public TraineeRole[] getCountedRoles() {
    return countedRoles;
  }

  public void setCountedRoles(TraineeRole[] countedRoles) {
    this.countedRoles = countedRoles == null ? new TraineeRole[0] : countedRoles;
  }

  public String getInterim() {
    return interim;
  }

  public void setInterim(String interim) {
    this.interim = interim;
  }

  public Integer getDisplayOrder() {
    return displayOrder;
  }

  public void setDisplayOrder(Integer displayOrder) {
    this.displayOrder = displayOrder;
  }
}
