package org.continuum.program.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.continuum.program.application.Enrollments;
import org.continuum.program.domain.RosterRow;
import org.continuum.shared.domain.AcademicYear;
import org.continuum.shared.web.PagedModel;
import org.continuum.shared.web.ProgramContext;

/** The program's trainee list: by academic year, filtered by PGY, status and name. */
@Named("roster")
@ViewScoped
public class RosterBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Enrollments enrollments;
  @Inject ProgramContext page;

  private String academicYear;
  private Integer pgy;
  private String status = "ACTIVE";
  private String search;

  private final PagedModel<RosterRow> model =
      new PagedModel<>(
          r -> enrollments.roster(page.getProgramId(), year(), r),
          RosterRow::enrollmentId,
          this::filters);

  @PostConstruct
  void init() {
    academicYear = enrollments.currentAcademicYear().label();
  }

  public AcademicYear year() {
    return AcademicYear.parse(academicYear);
  }

  /** The current academic year, the two before it and the next one. */
  public List<String> getAcademicYears() {
    AcademicYear current = enrollments.currentAcademicYear();
    return List.of(
        current.next().label(),
        current.label(),
        current.previous().label(),
        current.previous().previous().label());
  }

  private Map<String, String> filters() {
    Map<String, String> filters = new HashMap<>();
    if (pgy != null) {
      filters.put("pgy", pgy.toString());
    }
    if (status != null && !status.isBlank()) {
      filters.put("status", status);
    }
    if (search != null && !search.isBlank()) {
      filters.put("search", search);
    }
    return filters;
  }

  public PagedModel<RosterRow> getModel() {
    return model;
  }

  public String getAcademicYear() {
    return academicYear;
  }

  public void setAcademicYear(String academicYear) {
    this.academicYear = academicYear;
  }

  public Integer getPgy() {
    return pgy;
  }

  public void setPgy(Integer pgy) {
    this.pgy = pgy;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  public String getSearch() {
    return search;
  }

  public void setSearch(String search) {
    this.search = search;
  }
}
