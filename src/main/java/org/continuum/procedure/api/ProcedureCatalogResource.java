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
import org.continuum.procedure.application.ProcedureCatalog;
import org.continuum.procedure.application.ProcedureOption;
import org.continuum.shared.api.RestApplication;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The procedure catalog, searchable by name, CPT code and abbreviation. */
@Path("procedure-catalog")
@RequestScoped
@Tag(name = "procedure logs")
@SecurityRequirement(name = RestApplication.BEARER)
@Produces(MediaType.APPLICATION_JSON)
public class ProcedureCatalogResource {

  @Inject ProcedureCatalog catalog;

  @GET
  @Operation(
      summary = "Search the catalog",
      description =
          "q matches names, codes, CPT codes and abbreviations (TFESI, ILESI, MBB, RFA, SIJ, SCS,"
              + " EMG...), best match first. Each entry says which optional fields it asks for.")
  public List<ProcedureOption> search(
      @QueryParam("q") String q, @QueryParam("limit") @DefaultValue("20") int limit) {
    return catalog.search(q, limit);
  }
}
