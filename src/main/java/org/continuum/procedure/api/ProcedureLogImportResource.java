package org.continuum.procedure.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.continuum.procedure.application.CaseLogImport;
import org.continuum.shared.api.RestApplication;
import org.continuum.shared.domain.InvalidInputException;
import org.continuum.shared.domain.Wording;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A program's historical case log imported from CSV by its director or coordinators, the same
 * columns as the import page. Over the API a file is all or nothing: any problem refuses it whole,
 * each named by line and column, and nothing is written. A clean file is written in chunks of
 * {@link CaseLogImport#CHUNK} rows, each its own transaction; sending the same file again adds
 * nothing.
 */
@Path("programs/{programId}/procedure-log-imports")
@RequestScoped
@Tag(name = "procedure logs")
@SecurityRequirement(name = RestApplication.BEARER)
@Produces(MediaType.APPLICATION_JSON)
public class ProcedureLogImportResource {

  /** What the import did. */
  public record ImportResult(int rows, int imported, int alreadyImported) {}

  @Inject CaseLogImport imports;

  @POST
  @Consumes({"text/csv", MediaType.TEXT_PLAIN})
  @Operation(
      summary = "Import a CSV case log (director or coordinator)",
      description =
          "Columns as on the import page; problems answer 400 with each one named as"
              + " \"line N, column\".")
  public ImportResult importCsv(
      @PathParam("programId") long programId,
      @HeaderParam("X-File-Name") String fileName,
      byte[] csv) {
    if (csv == null || csv.length == 0) {
      throw new InvalidInputException(
          "file", Wording.of("procedureLogImportResource.sendCsvFileRequest"));
    }
    CaseLogImport.CheckedFile file =
        imports.check(programId, fileName == null ? "api.csv" : fileName, csv);
    if (!file.problems().isEmpty()) {
      throw new InvalidInputException(
          file.problems().stream()
              .map(
                  p ->
                      new InvalidInputException.FieldError(
                          "line " + p.line() + (p.column() == null ? "" : ", " + p.column()),
                          p.message()))
              .toList());
    }
    int imported = 0;
    int already = 0;
    int rows = file.valid().size();
    for (int from = 0; from < rows; from += CaseLogImport.CHUNK) {
      CaseLogImport.Written written =
          imports.write(programId, file, from, Math.min(rows, from + CaseLogImport.CHUNK));
      imported += written.imported();
      already += written.alreadyImported();
    }
    return new ImportResult(file.rows(), imported, already);
  }
}
