package org.continuum.learning.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import org.continuum.shared.domain.BaseEntity;
import org.continuum.shared.domain.RuleViolationException;
import org.continuum.shared.domain.Wording;

/**
 * One version of a case-based module as it was loaded: the file itself (parsed on use, see {@link
 * ModuleFormat}), its header fields for lists and queries, and the subcompetencies its objectives
 * map to. Library modules have no owner; a program's own modules belong to it. Never changes once
 * loaded: a new file is a new version beside it.
 */
@Entity
@Table(name = "case_module")
public class CaseModule extends BaseEntity {

  @Column(name = "code", nullable = false, updatable = false, length = 60)
  private String code;

  @Column(name = "module_version", nullable = false, updatable = false)
  private int moduleVersion;

  @Column(name = "title", nullable = false, updatable = false, length = 200)
  private String title;

  @Column(name = "topic", nullable = false, updatable = false, length = 80)
  private String topic;

  @Column(name = "estimated_minutes", nullable = false, updatable = false)
  private int estimatedMinutes;

  @Column(name = "pass_mark", nullable = false, updatable = false)
  private int passMark;

  @Column(name = "question_count", nullable = false, updatable = false)
  private int questionCount;

  @Column(name = "owner_program_id", updatable = false)
  private Long ownerProgramId;

  @Column(name = "source", nullable = false, updatable = false, length = 16_000_000)
  private String source;

  @Column(name = "content_hash", nullable = false, updatable = false, length = 64)
  private String contentHash;

  @ElementCollection
  @CollectionTable(name = "case_module_objective", joinColumns = @JoinColumn(name = "module_id"))
  @OrderColumn(name = "seq")
  @Column(name = "subcompetency_code", nullable = false, length = 12)
  private List<String> subcompetencyCodes = new ArrayList<>();

  protected CaseModule() {}

  /** A module version from a file that {@link ModuleFormat} read without a problem. */
  public static CaseModule of(ModuleDocument document, String source, String hash, Long owner) {
    CaseModule m = new CaseModule();
    m.code = document.code();
    m.moduleVersion = document.version();
    m.title = document.title();
    m.topic = document.topic();
    m.estimatedMinutes = document.estimatedMinutes();
    m.passMark = document.passMark();
    m.questionCount = document.questionCount();
    m.ownerProgramId = owner;
    m.source = source;
    m.contentHash = hash;
    document.objectives().forEach(o -> m.subcompetencyCodes.add(o.subcompetencyCode()));
    return m;
  }

  @PreUpdate
  void refuseChange() {
    throw new RuleViolationException(Wording.of("caseModule.loadedModuleVersionNever"));
  }

  /** Whether a program's trainees may take it: library modules, and the program's own. */
  public boolean isAvailableTo(long programId) {
    return ownerProgramId == null || ownerProgramId == programId;
  }

  public String getCode() {
    return code;
  }

  public int getModuleVersion() {
    return moduleVersion;
  }

  public String getTitle() {
    return title;
  }

  public String getTopic() {
    return topic;
  }

  public int getEstimatedMinutes() {
    return estimatedMinutes;
  }

  public int getPassMark() {
    return passMark;
  }

  public int getQuestionCount() {
    return questionCount;
  }

  public Long getOwnerProgramId() {
    return ownerProgramId;
  }

  public String getSource() {
    return source;
  }

  public String getContentHash() {
    return contentHash;
  }

  public List<String> getSubcompetencyCodes() {
    return List.copyOf(subcompetencyCodes);
  }
}
