package org.continuum.procedure.api;

import org.continuum.procedure.domain.LogEntry;

/**
 * A procedure log as an API client sends it: the entry's fields, and how to find its place. The
 * procedure is named by catalog id or by code ("TFESI-LS"); programId is needed only by a trainee
 * in more than one program; version only when correcting an entry.
 */
public class LogRequest extends LogEntry {

  private static final long serialVersionUID = 1L;

  private Long programId;
  private String procedureCode;
  private Long version;

  public Long getProgramId() {
    return programId;
  }

  public void setProgramId(Long programId) {
    this.programId = programId;
  }

  public String getProcedureCode() {
    return procedureCode;
  }

  public void setProcedureCode(String procedureCode) {
    this.procedureCode = procedureCode;
  }

  public Long getVersion() {
    return version;
  }

  public void setVersion(Long version) {
    this.version = version;
  }
}
