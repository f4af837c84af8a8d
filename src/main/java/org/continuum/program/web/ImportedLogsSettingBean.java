package org.continuum.program.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.continuum.program.application.ProgramAdministration;
import org.continuum.program.application.ProgramView;
import org.continuum.shared.domain.Wording;
import org.continuum.shared.web.UserMessages;

/**
 * The director decides whether entries imported as verified in a previous system count toward the
 * program's minimums (on the import page).
 */
@Named("importedLogsSetting")
@ViewScoped
public class ImportedLogsSettingBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ProgramAdministration programs;
  @Inject ProgramPageBean page;

  private boolean counts;
  private Long version;

  @PostConstruct
  void init() {
    if (page.getProgram() != null) {
      show(page.getProgram());
    }
  }

  public void save() {
    ProgramView saved = programs.countImportedLogs(page.getProgramId(), version, counts);
    show(saved);
    UserMessages.info(
        counts
            ? Wording.of("importedLogsSettingBean.importedEntriesNowCount")
            : Wording.of("importedLogsSettingBean.importedEntriesLongerCount"));
  }

  private void show(ProgramView program) {
    counts = program.countsImportedLogs();
    version = program.version();
  }

  public boolean isCounts() {
    return counts;
  }

  public void setCounts(boolean counts) {
    this.counts = counts;
  }
}
