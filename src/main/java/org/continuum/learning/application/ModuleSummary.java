package org.continuum.learning.application;

import java.io.Serializable;
import java.util.List;
import org.continuum.learning.domain.CaseModule;

/** A module version as lists show it: no stage, question or answer. */
public record ModuleSummary(
    long id,
    String code,
    int moduleVersion,
    String title,
    String topic,
    int estimatedMinutes,
    int passMark,
    int questionCount,
    List<String> subcompetencyCodes,
    boolean library)
    implements Serializable {

  static ModuleSummary of(CaseModule m) {
    return new ModuleSummary(
        m.getId(),
        m.getCode(),
        m.getModuleVersion(),
        m.getTitle(),
        m.getTopic(),
        m.getEstimatedMinutes(),
        m.getPassMark(),
        m.getQuestionCount(),
        m.getSubcompetencyCodes(),
        m.getOwnerProgramId() == null);
  }
}
