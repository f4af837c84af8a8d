package org.continuum.procedure.domain;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One ICD-10-CM diagnosis a case may carry, from the bundled list; a code a newer list leaves out
 * is retired, never deleted, so entries that name it keep their meaning.
 */
@Entity
@Cacheable
@Table(name = "diagnosis_code")
public class DiagnosisCode {

  @Id
  @Column(name = "code", length = 8)
  private String code;

  @Column(name = "title", nullable = false, length = 200)
  private String title;

  @Column(name = "active", nullable = false)
  private boolean active;

  @Column(name = "list_version", nullable = false)
  private int listVersion;

  protected DiagnosisCode() {}

  public DiagnosisCode(String code, String title, int listVersion) {
    this.code = code;
    describe(title, listVersion);
  }

  /** As the list of this version has it: current again if a list had retired it. */
  public void describe(String newTitle, int newListVersion) {
    this.title = newTitle;
    this.listVersion = newListVersion;
    this.active = true;
  }

  public void retire() {
    active = false;
  }

  public String getCode() {
    return code;
  }

  public String getTitle() {
    return title;
  }

  public boolean isActive() {
    return active;
  }
}
