package org.continuum.review.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.continuum.review.application.BoardRow;
import org.continuum.review.application.CccReviews;
import org.continuum.review.application.MilestoneExport;
import org.continuum.review.application.PeriodSeals;
import org.continuum.review.application.PeriodView;
import org.continuum.review.application.ReviewSigning;
import org.continuum.review.domain.Term;
import org.continuum.shared.application.InstitutionTime;
import org.continuum.shared.domain.AcademicYear;
import org.continuum.shared.domain.RecordNotFoundException;
import org.continuum.shared.domain.SealCheck;
import org.continuum.shared.domain.Wording;
import org.continuum.shared.web.ProgramContext;
import org.continuum.shared.web.UserMessages;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * A program's review periods and, for the chosen one, every trainee with the committee's progress;
 * the director opens the current period, finalises one with their password, and downloads the
 * milestone file.
 */
@Named("reviewBoard")
@ViewScoped
public class ReviewBoardBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject CccReviews reviews;
  @Inject ReviewSigning signing;
  @Inject MilestoneExport export;
  @Inject PeriodSeals seals;
  @Inject ProgramContext page;
  @Inject InstitutionTime time;

  private Long periodId;
  private List<PeriodView> periods;
  private PeriodView period;
  private List<BoardRow> board;
  private SealCheck seal;
  private String password;

  public void load() {
    periods = reviews.periods(page.getProgramId());
    if (periodId == null && !periods.isEmpty()) {
      periodId = periods.get(0).id();
    }
    if (periodId != null) {
      period = reviews.period(periodId);
      if (period.programId() != page.getProgramId()) {
        throw new RecordNotFoundException(Wording.of("reviewBoardBean.review"));
      }
      board = reviews.board(periodId);
      seal = seals.ofPeriod(periodId);
    }
  }

  /** The finalised period's seal check; null while it is open. */
  public SealCheck getSeal() {
    return seal;
  }

  public String openCurrent() {
    PeriodView opened =
        reviews.open(
            page.getProgramId(), AcademicYear.containing(time.today()), reviews.currentTerm());
    return "/ccc/review.xhtml?faces-redirect=true&program="
        + page.getProgramId()
        + "&period="
        + opened.id();
  }

  public String getCurrentLabel() {
    return reviews.currentTerm().label() + " " + AcademicYear.containing(time.today()).label();
  }

  public void finalise() {
    char[] typed = password == null ? new char[0] : password.toCharArray();
    password = null;
    period = signing.finalise(period.id(), period.version(), typed);
    Arrays.fill(typed, '\0');
    board = reviews.board(period.id());
    periods = reviews.periods(page.getProgramId());
    UserMessages.info(Wording.of("reviewBoardBean.finalizedSignedReviewLocked", period.label()));
  }

  public StreamedContent getMilestoneFile() {
    long id = period.id();
    export.requireExportable(id);
    return DefaultStreamedContent.builder()
        .name(export.fileName(id))
        .contentType("text/csv; charset=UTF-8")
        .writer(out -> export.write(id, out))
        .build();
  }

  public boolean isCurrentOpened() {
    int year = AcademicYear.containing(time.today()).startYear();
    Term term = reviews.currentTerm();
    return periods.stream().anyMatch(p -> p.academicYear() == year && p.term() == term);
  }

  public List<PeriodView> getPeriods() {
    return periods;
  }

  public PeriodView getPeriod() {
    return period;
  }

  public List<BoardRow> getBoard() {
    return board;
  }

  public Long getPeriodId() {
    return periodId;
  }

  public void setPeriodId(Long periodId) {
    this.periodId = periodId;
  }

  public String getPassword() {
    return null;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
