package org.continuum.competency.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.continuum.competency.application.FrameworkSummary;
import org.continuum.competency.application.FrameworkView;
import org.continuum.competency.application.Frameworks;
import org.continuum.competency.domain.FrameworkStatus;
import org.continuum.shared.domain.Wording;
import org.continuum.shared.web.ProgramContext;
import org.continuum.shared.web.UserMessages;

/**
 * The program's competency framework: every subcompetency with its level descriptors. The director
 * chooses which published version the program uses and starts the next version to edit.
 */
@Named("programFramework")
@ViewScoped
public class ProgramFrameworkBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Frameworks frameworks;
  @Inject ProgramContext page;

  private Optional<FrameworkView> current;
  private List<FrameworkSummary> all;
  private Long chosenId;

  public FrameworkView getCurrent() {
    if (current == null) {
      current = frameworks.ofProgram(page.getProgramId());
      chosenId = current.map(FrameworkView::id).orElse(null);
    }
    return current.orElse(null);
  }

  /** Published versions the program could use. */
  public List<FrameworkSummary> getPublished() {
    return all().stream().filter(f -> f.status() == FrameworkStatus.PUBLISHED).toList();
  }

  /** Drafts this program's director is editing. */
  public List<FrameworkSummary> getDrafts() {
    return all().stream()
        .filter(f -> f.status() == FrameworkStatus.DRAFT)
        .filter(f -> page.getProgramId().equals(f.ownerProgramId()))
        .toList();
  }

  public void adopt() {
    FrameworkView adopted = frameworks.adopt(page.getProgramId(), chosenId);
    UserMessages.info(
        Wording.of(
            "programFrameworkBean.programNowUsesVersion",
            adopted.name(),
            adopted.frameworkVersion()));
    current = null;
    all = null;
  }

  /** Starts the next version of the current framework and opens it for editing. */
  public String startNextVersion() {
    FrameworkView draft = frameworks.startNextVersion(page.getProgramId(), getCurrent().id());
    return "/program/framework-edit.xhtml?faces-redirect=true&program="
        + page.getProgramId()
        + "&framework="
        + draft.id();
  }

  private List<FrameworkSummary> all() {
    if (all == null) {
      all = frameworks.list();
    }
    return all;
  }

  public Long getChosenId() {
    if (current == null) {
      getCurrent(); // the picker shows the version in use
    }
    return chosenId;
  }

  public void setChosenId(Long chosenId) {
    this.chosenId = chosenId;
  }
}
