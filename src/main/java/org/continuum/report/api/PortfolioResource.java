package org.continuum.report.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.continuum.report.application.Portfolio;
import org.continuum.report.application.PortfolioPdf;
import org.continuum.report.application.Portfolios;
import org.continuum.shared.api.RestApplication;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A trainee's portfolio in a program (the trainee, the program's director and committee). */
@Path("programs/{programId}/trainees/{traineeId}")
@RequestScoped
@Tag(name = "reports")
@SecurityRequirement(name = RestApplication.BEARER)
public class PortfolioResource {

  @Inject Portfolios portfolios;
  @Inject PortfolioPdf pdf;

  @GET
  @Path("portfolio")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Final levels, minimums, signed evaluations and shared learning plans")
  public Portfolio get(
      @PathParam("programId") long programId, @PathParam("traineeId") long traineeId) {
    return portfolios.of(programId, traineeId);
  }

  @GET
  @Path("portfolio.pdf")
  @Produces("application/pdf")
  @Operation(summary = "The portfolio as a PDF")
  public Response pdf(
      @PathParam("programId") long programId, @PathParam("traineeId") long traineeId) {
    Portfolio portfolio = portfolios.of(programId, traineeId);
    StreamingOutput body = out -> pdf.write(portfolio, out);
    return Response.ok(body)
        .header("Content-Disposition", "attachment; filename=\"portfolio-" + traineeId + ".pdf\"")
        .build();
  }
}
