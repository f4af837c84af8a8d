package org.continuum.evaluation.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.continuum.evaluation.application.FeedbackReport;
import org.continuum.evaluation.application.ProgramEvaluations;
import org.continuum.shared.application.InstitutionTime;
import org.continuum.shared.domain.AcademicYear;
import org.continuum.shared.web.ProgramContext;

/** Trainees' anonymous feedback on rotations and teaching, in aggregate, by academic year. */
@Named("feedbackReport")
@ViewScoped
public class FeedbackBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ProgramEvaluations evaluations;
  @Inject ProgramContext page;
  @Inject InstitutionTime time;

  private int year;
  private FeedbackReport report;

  @PostConstruct
  void init() {
    year = AcademicYear.containing(time.today()).startYear();
  }

  public FeedbackReport getReport() {
    if (report == null) {
      report = evaluations.feedback(page.getProgramId(), year);
    }
    return report;
  }

  public void refresh() {
    report = null;
  }

  public List<Integer> getYears() {
    int now = AcademicYear.containing(time.today()).startYear();
    List<Integer> years = new ArrayList<>();
    for (int y = now; y > now - 5; y--) {
      years.add(y);
    }
    return years;
  }

  public String label(int startYear) {
    return new AcademicYear(startYear).toString();
  }

  public int getYear() {
    return year;
  }

  public void setYear(int year) {
    this.year = year;
  }
}
