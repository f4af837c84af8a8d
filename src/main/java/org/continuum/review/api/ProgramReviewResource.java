package org.continuum.review.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.continuum.review.application.CccReviews;
import org.continuum.review.application.PeriodView;
import org.continuum.review.domain.Term;
import org.continuum.shared.api.RequestBodies;
import org.continuum.shared.api.RestApplication;
import org.continuum.shared.domain.AcademicYear;
import org.continuum.shared.domain.InvalidInputException;
import org.continuum.shared.domain.Wording;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A program's review periods. */
@Path("programs/{programId}/reviews")
@RequestScoped
@Tag(name = "milestone review")
@SecurityRequirement(name = RestApplication.BEARER)
@Produces(MediaType.APPLICATION_JSON)
public class ProgramReviewResource {

  /** Which period to open: "2026-2027" and FALL or SPRING. */
  public record Opening(String academicYear, Term term) {}

  @Inject CccReviews reviews;

  @GET
  @Operation(summary = "The program's review periods, newest first (committee and director)")
  public List<PeriodView> list(@PathParam("programId") long programId) {
    return reviews.periods(programId);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Open a review period (program director); opening it again returns it")
  public PeriodView open(@PathParam("programId") long programId, Opening opening) {
    Opening body =
        RequestBodies.required(opening, Wording.of("programReviewResource.academicYearTerm"));
    if (body.term() == null) {
      throw new InvalidInputException(
          "term", Wording.of("programReviewResource.termRequiredFallSpring"));
    }
    return reviews.open(programId, AcademicYear.parse(body.academicYear()), body.term());
  }
}
