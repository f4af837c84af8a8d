package org.continuum.procedure.domain;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a trainee fills in for one procedure, before it is checked against the procedure's needs:
 * the one place an entry's fields are declared for input. The logging page binds it, the API reads
 * it from JSON, the case-log import fills it from a CSV row. It is a plain mutable form because
 * each of those fills it field by field; {@link ProcedureLog} checks it and keeps its own copy, so
 * changing it afterwards changes nothing stored. Fields a procedure does not ask for are ignored.
 */
public class LogEntry implements Serializable {

  private static final long serialVersionUID = 1L;

  private Long procedureTypeId;
  private LocalDate performedOn;
  private Long supervisorId;
  private TraineeRole role;
  private ClinicalSetting setting;
  private SpineRegion spineRegion;
  private List<String> levels;
  private Laterality laterality;
  private Guidance guidance;
  private AgeBand ageBand;
  private PatientSex sex;
  private List<String> diagnosisCodes = new ArrayList<>();
  private Set<Complication> complications;
  private String note;
  private Map<Quantity, Integer> counts = new EnumMap<>(Quantity.class);
  private String site;
  private Boolean contrastUsed;
  private Sedation sedation;
  private BigDecimal fluoroSeconds;
  private BigDecimal fluoroDoseMgy;
  private Integer trialReliefPercent;
  private String complicationNote;

  /** The entry as it was logged, to correct it. */
  public static LogEntry of(
      long procedureTypeId, LocalDate performedOn, long supervisorId, ProcedureDetails details) {
    LogEntry e = new LogEntry();
    e.procedureTypeId = procedureTypeId;
    e.performedOn = performedOn;
    e.supervisorId = supervisorId;
    e.role = details.getRole();
    e.setting = details.getSetting();
    e.spineRegion = details.getSpineRegion();
    e.levels = details.getLevels();
    e.laterality = details.getLaterality();
    e.guidance = details.getGuidance();
    e.ageBand = details.getAgeBand();
    e.sex = details.getSex();
    e.diagnosisCodes = details.getDiagnosisCodes();
    e.complications = details.getComplications();
    e.note = details.getNote();
    e.counts = details.getCounts();
    e.site = details.getSite();
    e.contrastUsed = details.getContrastUsed();
    e.sedation = details.getSedation();
    e.fluoroSeconds = details.getFluoroSeconds();
    e.fluoroDoseMgy = details.getFluoroDoseMgy();
    e.trialReliefPercent = details.getTrialReliefPercent();
    e.complicationNote = details.getComplicationNote();
    return e;
  }

  /**
   * Ready for the next patient of the same clinic: the procedure, date, supervisor, role, setting,
   * region and guidance stay; the patient and what was done to them are cleared.
   */
  public void clearPatient() {
    levels = new ArrayList<>();
    laterality = null;
    ageBand = null;
    sex = null;
    diagnosisCodes = new ArrayList<>();
    complications = EnumSet.noneOf(Complication.class);
    note = null;
    counts = new EnumMap<>(Quantity.class);
    site = null;
    contrastUsed = null;
    sedation = null;
    fluoroSeconds = null;
    fluoroDoseMgy = null;
    trialReliefPercent = null;
    complicationNote = null;
  }

  public Long getProcedureTypeId() {
    return procedureTypeId;
  }

  public void setProcedureTypeId(Long procedureTypeId) {
    this.procedureTypeId = procedureTypeId;
  }

  public LocalDate getPerformedOn() {
    return performedOn;
  }

  public void setPerformedOn(LocalDate performedOn) {
    this.performedOn = performedOn;
  }

  public Long getSupervisorId() {
    return supervisorId;
  }

  public void setSupervisorId(Long supervisorId) {
    this.supervisorId = supervisorId;
  }

  public TraineeRole getRole() {
    return role;
  }

  public void setRole(TraineeRole role) {
    this.role = role;
  }

  public ClinicalSetting getSetting() {
    return setting;
  }

  public void setSetting(ClinicalSetting setting) {
    this.setting = setting;
  }

  public SpineRegion getSpineRegion() {
    return spineRegion;
  }

  public void setSpineRegion(SpineRegion spineRegion) {
    this.spineRegion = spineRegion;
  }

  public List<String> getLevels() {
    return levels;
  }

  public void setLevels(List<String> levels) {
    this.levels = levels == null ? null : new ArrayList<>(levels);
  }

  public Laterality getLaterality() {
    return laterality;
  }

  public void setLaterality(Laterality laterality) {
    this.laterality = laterality;
  }

  public Guidance getGuidance() {
    return guidance;
  }

  public void setGuidance(Guidance guidance) {
    this.guidance = guidance;
  }

  public AgeBand getAgeBand() {
    return ageBand;
  }

  public void setAgeBand(AgeBand ageBand) {
    this.ageBand = ageBand;
  }

  public PatientSex getSex() {
    return sex;
  }

  public void setSex(PatientSex sex) {
    this.sex = sex;
  }

  /** Up to three ICD-10-CM codes, the principal first; the page binds the list. */
  public List<String> getDiagnosisCodes() {
    return diagnosisCodes;
  }

  public void setDiagnosisCodes(List<String> diagnosisCodes) {
    this.diagnosisCodes =
        diagnosisCodes == null ? new ArrayList<>() : new ArrayList<>(diagnosisCodes);
  }

  /** One diagnosis, as API clients written before there could be three send it. */
  public void setDiagnosisCode(String diagnosisCode) {
    setDiagnosisCodes(diagnosisCode == null ? List.of() : List.of(diagnosisCode));
  }

  public Set<Complication> getComplications() {
    return complications;
  }

  public void setComplications(Set<Complication> complications) {
    this.complications =
        complications == null || complications.isEmpty()
            ? EnumSet.noneOf(Complication.class)
            : EnumSet.copyOf(complications);
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  /** Counted details by quantity; the page binds its entries, so it is never null. */
  public Map<Quantity, Integer> getCounts() {
    return counts;
  }

  public void setCounts(Map<Quantity, Integer> counts) {
    this.counts = new EnumMap<>(Quantity.class);
    if (counts != null) {
      counts.forEach(
          (q, n) -> {
            if (q != null && n != null) {
              this.counts.put(q, n);
            }
          });
    }
  }

  /** The joint, muscles or nerve, in words; screened for patient identifiers. */
  public String getSite() {
    return site;
  }

  public void setSite(String site) {
    this.site = site;
  }

  public Boolean getContrastUsed() {
    return contrastUsed;
  }

  public void setContrastUsed(Boolean contrastUsed) {
    this.contrastUsed = contrastUsed;
  }

  public Sedation getSedation() {
    return sedation;
  }

  public void setSedation(Sedation sedation) {
    this.sedation = sedation;
  }

  /** Fluoroscopy time in seconds, as the C-arm shows it. */
  public BigDecimal getFluoroSeconds() {
    return fluoroSeconds;
  }

  public void setFluoroSeconds(BigDecimal fluoroSeconds) {
    this.fluoroSeconds = fluoroSeconds;
  }

  /** Reference air kerma in mGy, as the C-arm shows it. */
  public BigDecimal getFluoroDoseMgy() {
    return fluoroDoseMgy;
  }

  public void setFluoroDoseMgy(BigDecimal fluoroDoseMgy) {
    this.fluoroDoseMgy = fluoroDoseMgy;
  }

  public Integer getTrialReliefPercent() {
    return trialReliefPercent;
  }

  public void setTrialReliefPercent(Integer trialReliefPercent) {
    this.trialReliefPercent = trialReliefPercent;
  }

  /** What happened, in words: required with "Other", screened for patient identifiers. */
  public String getComplicationNote() {
    return complicationNote;
  }

  public void setComplicationNote(String complicationNote) {
    this.complicationNote = complicationNote;
  }
}
