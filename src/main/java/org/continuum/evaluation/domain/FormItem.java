package org.continuum.evaluation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.regex.Pattern;
import org.continuum.shared.domain.Check;
import org.continuum.shared.domain.Violations;
import org.continuum.shared.domain.Wording;

/**
 * One question of a form: its type (and so its scale), prompt, subcompetency and whether required.
 */
@Entity
@Table(name = "evaluation_form_item")
public class FormItem {

  static final Pattern SUBCOMPETENCY = Pattern.compile("[A-Z]{2,4}[0-9]{1,2}[a-z]?");

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "form_id", nullable = false, updatable = false)
  private EvaluationForm form;

  @Column(name = "seq", nullable = false)
  private int seq;

  @Enumerated(EnumType.STRING)
  @Column(name = "item_type", nullable = false, length = 16)
  private ItemType type;

  @Column(name = "prompt", nullable = false, length = 500)
  private String prompt;

  @Column(name = "subcompetency_code", length = 12)
  private String subcompetencyCode;

  @Column(name = "required", nullable = false)
  private boolean required;

  protected FormItem() {}

  FormItem(EvaluationForm form, int seq) {
    this.form = form;
    this.seq = seq;
  }

  /** Sets every field at once; a milestone item names its subcompetency, other items none. */
  void describe(ItemType newType, String newPrompt, String newCode, boolean isRequired) {
    Violations problems = new Violations();
    ItemType validType =
        problems.collect(() -> Check.required("type", Wording.of("label.itemType"), newType));
    String validPrompt =
        problems.collect(() -> Check.text("prompt", Wording.of("label.prompt"), newPrompt, 3, 500));
    String code = newCode == null || newCode.isBlank() ? null : newCode.strip();
    if (validType == ItemType.MILESTONE && code == null) {
      problems.add("subcompetency", Wording.of("formItem.subcompetencyRequiredMilestoneItem"));
    } else if (code != null && !SUBCOMPETENCY.matcher(code).matches()) {
      problems.add("subcompetency", Wording.of("formItem.subcompetencyCodeSuchPc1"));
    }
    problems.throwIfAny();
    this.type = validType;
    this.prompt = validPrompt;
    this.subcompetencyCode = validType == ItemType.MILESTONE ? code : null;
    this.required = isRequired;
  }

  FormItem copyInto(EvaluationForm other) {
    FormItem copy = new FormItem(other, seq);
    copy.type = type;
    copy.prompt = prompt;
    copy.subcompetencyCode = subcompetencyCode;
    copy.required = required;
    return copy;
  }

  void renumber(int newSeq) {
    this.seq = newSeq;
  }

  public Long getId() {
    return id;
  }

  public int getSeq() {
    return seq;
  }

  public ItemType getType() {
    return type;
  }

  public String getPrompt() {
    return prompt;
  }

  public String getSubcompetencyCode() {
    return subcompetencyCode;
  }

  public boolean isRequired() {
    return required;
  }
}
