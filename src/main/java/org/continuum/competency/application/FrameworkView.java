package org.continuum.competency.application;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.continuum.competency.domain.CoreCompetency;
import org.continuum.competency.domain.Framework;
import org.continuum.competency.domain.FrameworkStatus;

/** A framework version with its subcompetencies, in display order. */
public record FrameworkView(
    long id,
    long version,
    String code,
    int frameworkVersion,
    String name,
    String specialty,
    String description,
    FrameworkStatus status,
    Long ownerProgramId,
    Instant publishedAt,
    List<SubcompetencyView> subcompetencies)
    implements Serializable {

  static FrameworkView of(Framework f) {
    return new FrameworkView(
        f.getId(),
        f.getVersion(),
        f.getCode(),
        f.getFrameworkVersion(),
        f.getName(),
        f.getSpecialty(),
        f.getDescription(),
        f.getStatus(),
        f.getOwnerProgramId(),
        f.getPublishedAt(),
        f.getSubcompetencies().stream().map(SubcompetencyView::of).toList());
  }

  /** "PMR version 2" */
  public String label() {
    return code + " version " + frameworkVersion;
  }

  public boolean draft() {
    return status == FrameworkStatus.DRAFT;
  }

  /** The subcompetencies under each core competency, in the competencies' order. */
  public List<Group> groups() {
    Map<CoreCompetency, List<SubcompetencyView>> by = new LinkedHashMap<>();
    for (CoreCompetency c : CoreCompetency.values()) {
      by.put(c, new ArrayList<>());
    }
    subcompetencies.forEach(s -> by.get(s.competency()).add(s));
    List<Group> groups = new ArrayList<>();
    by.forEach(
        (competency, subs) -> {
          if (!subs.isEmpty()) {
            groups.add(new Group(competency, List.copyOf(subs)));
          }
        });
    return groups;
  }

  /** One core competency and its subcompetencies. */
  public record Group(CoreCompetency competency, List<SubcompetencyView> subcompetencies)
      implements Serializable {}
}
