package org.continuum.program.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.continuum.identity.domain.Role;
import org.continuum.program.application.Curriculum;
import org.continuum.program.application.Enrollments;
import org.continuum.program.application.ProgramDirectory;
import org.continuum.program.application.ProgramView;
import org.continuum.program.application.RotationView;
import org.continuum.program.domain.AssignmentRow;
import org.continuum.program.domain.RosterRow;
import org.continuum.program.domain.TeacherRow;
import org.continuum.shared.api.DateParameter;
import org.continuum.shared.api.RestApplication;
import org.continuum.shared.domain.AcademicYear;
import org.continuum.shared.domain.Page;
import org.continuum.shared.domain.PageRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Programs the caller belongs to, a program's trainee roster for those who may read it, and its
 * curriculum: rotations, block schedule and teachers.
 */
@Path("programs")
@RequestScoped
@Tag(name = "programs")
@SecurityRequirement(name = RestApplication.BEARER)
@Produces(MediaType.APPLICATION_JSON)
public class ProgramResource {

  public record MyProgramJson(ProgramView program, List<Role> roles) {}

  public record RosterPage(String academicYear, long total, List<RosterRow> items) {}

  @Inject ProgramDirectory directory;
  @Inject Enrollments enrollments;
  @Inject Curriculum curriculum;

  @GET
  @Operation(summary = "The programs the caller holds a role in, with those roles")
  public List<MyProgramJson> mine() {
    return directory.mine().stream()
        .map(p -> new MyProgramJson(p.program(), p.roles().stream().sorted().toList()))
        .toList();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One program (for anyone holding a role in it)")
  @APIResponse(responseCode = "403", description = "The caller holds no role in this program")
  public ProgramView get(@PathParam("id") long id) {
    return directory.get(id);
  }

  @GET
  @Path("{id}/trainees")
  @Operation(
      summary = "The program's trainees with their PGY",
      description =
          "For the program director, coordinators and competency committee members. Sort by"
              + " displayName, pgy, startDate, expectedGraduation or status; filter by pgy, status"
              + " (ACTIVE by default, or COMPLETED, WITHDRAWN, ALL) and search (name or username).")
  @APIResponse(responseCode = "403", description = "The caller may not read this roster")
  public RosterPage trainees(
      @PathParam("id") long id,
      @QueryParam("academicYear") String academicYear,
      @QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("50") int limit,
      @QueryParam("sort") String sort,
      @QueryParam("descending") @DefaultValue("false") boolean descending,
      @QueryParam("pgy") String pgy,
      @QueryParam("status") String status,
      @QueryParam("search") String search) {
    AcademicYear year =
        academicYear == null ? enrollments.currentAcademicYear() : AcademicYear.parse(academicYear);
    Map<String, String> filters = new HashMap<>();
    putIfPresent(filters, "pgy", pgy);
    putIfPresent(filters, "status", status);
    putIfPresent(filters, "search", search);
    Page<RosterRow> page =
        enrollments.roster(id, year, new PageRequest(offset, limit, sort, !descending, filters));
    return new RosterPage(year.label(), page.total(), page.items());
  }

  @GET
  @Path("{id}/rotations")
  @Operation(summary = "The program's rotations with objectives mapped to subcompetency codes")
  public List<RotationView> rotations(@PathParam("id") long id) {
    return curriculum.rotations(id);
  }

  @GET
  @Path("{id}/schedule")
  @Operation(
      summary = "The block schedule between two dates (default: the current academic year)",
      description = "For the program's faculty, director, coordinators and committee members.")
  public List<AssignmentRow> schedule(
      @PathParam("id") long id, @QueryParam("from") String from, @QueryParam("to") String to) {
    AcademicYear year = enrollments.currentAcademicYear();
    return curriculum.schedule(
        id,
        DateParameter.parse("from", from, year.start()),
        DateParameter.parse("to", to, year.end()));
  }

  @GET
  @Path("{id}/teachers")
  @Operation(summary = "Who teaches on each rotation, and since when")
  public List<TeacherRow> teachers(@PathParam("id") long id) {
    return curriculum.teachers(id);
  }

  private static void putIfPresent(Map<String, String> map, String key, String value) {
    if (value != null && !value.isBlank()) {
      map.put(key, value);
    }
  }
}
