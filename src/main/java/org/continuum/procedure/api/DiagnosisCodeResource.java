package org.continuum.procedure.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.continuum.procedure.application.DiagnosisCatalog;
import org.continuum.procedure.domain.DiagnosisList.Diagnosis;
import org.continuum.shared.api.RestApplication;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The ICD-10-CM diagnoses a case may carry, searched by code or words. */
@Path("diagnosis-codes")
@RequestScoped
@Tag(name = "procedure logs")
@SecurityRequirement(name = RestApplication.BEARER)
@Produces(MediaType.APPLICATION_JSON)
public class DiagnosisCodeResource {

  @Inject DiagnosisCatalog diagnoses;

  @GET
  @Operation(
      summary = "Search the diagnosis list",
      description =
          "Codes starting with q (with or without the dot) first, then titles holding every word"
              + " of q; at most limit (50).")
  public List<Diagnosis> search(
      @QueryParam("q") String q, @QueryParam("limit") @DefaultValue("20") int limit) {
    return diagnoses.search(q, limit);
  }
}
