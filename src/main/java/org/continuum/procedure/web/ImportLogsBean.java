package org.continuum.procedure.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.Serializable;
import java.time.Clock;
import java.util.Optional;
import java.util.stream.Collectors;
import org.continuum.identity.application.CurrentUser;
import org.continuum.procedure.application.CaseLogImport;
import org.continuum.procedure.application.CheckedImports;
import org.continuum.procedure.domain.CaseLogColumn;
import org.continuum.shared.domain.RuleViolationException;
import org.continuum.shared.domain.Wording;
import org.continuum.shared.web.ProgramContext;
import org.continuum.shared.web.UploadedFile;
import org.continuum.shared.web.UserMessages;
import org.primefaces.PrimeFaces;

/**
 * Importing historical logs from CSV: the file is checked first and every problem listed by line
 * and column; nothing is written unless the file is clean or the user chooses to import only the
 * valid rows. The rows are then written chunk by chunk, each chunk one request, so the progress bar
 * moves and a long file never holds one request for minutes.
 */
@Named("importLogs")
@ViewScoped
public class ImportLogsBean implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The largest file taken. */
  static final long MAX_BYTES = 20L * 1024 * 1024;

  @Inject CaseLogImport imports;
  @Inject CheckedImports checkedImports;
  @Inject CurrentUser currentUser;
  @Inject Clock clock;
  @Inject ProgramContext page;

  private transient Part file;

  /** The checked file's id; the file itself stays out of the session (see CheckedImports). */
  private String checkId;

  private int next;
  private int imported;
  private int alreadyImported;
  private boolean running;
  private boolean finished;

  public void upload() {
    Optional<UploadedFile> upload =
        UploadedFile.read(file, MAX_BYTES, Wording.of("importLogsBean.csvFile"));
    if (upload.isEmpty()) {
      return;
    }
    CaseLogImport.CheckedFile check =
        imports.check(page.getProgramId(), upload.get().name(), upload.get().content());
    checkId = checkedImports.keep(currentUser.accountId(), check, clock.instant());
    next = 0;
    imported = 0;
    alreadyImported = 0;
    running = false;
    finished = false;
  }

  /** Starts writing: the whole clean file, or, when the user chose so, only the valid rows. */
  public void start() {
    CaseLogImport.CheckedFile check = getCheck();
    if (check == null || check.valid().isEmpty()) {
      UserMessages.error(Wording.of("importLogsBean.thereValidRowsImport"));
      return;
    }
    running = true;
    writeChunk();
  }

  /** Writes the next chunk; the page asks for the one after until all are written. */
  public void writeChunk() {
    if (!running) {
      return;
    }
    CaseLogImport.CheckedFile check = getCheck();
    if (check == null) {
      running = false;
      throw new RuleViolationException(Wording.of("importLogsBean.checkedFileLongerKept"));
    }
    int rows = check.valid().size();
    int end = Math.min(rows, next + CaseLogImport.CHUNK);
    CaseLogImport.Written written = imports.write(page.getProgramId(), check, next, end);
    imported += written.imported();
    alreadyImported += written.alreadyImported();
    next = end;
    if (next >= rows) {
      running = false;
      finished = true;
      UserMessages.info(
          Wording.of(
              "importLogsBean.imported",
              entries(imported),
              (alreadyImported > 0 ? "; " + entries(alreadyImported) + " already there" : "")));
    }
    PrimeFaces.current().ajax().addCallbackParam("more", running);
  }

  private static String entries(int count) {
    return count == 1 ? "1 entry" : count + " entries";
  }

  public int getPercent() {
    if (finished) {
      return 100;
    }
    CaseLogImport.CheckedFile check = getCheck();
    if (check == null || check.valid().isEmpty()) {
      return 0;
    }
    return next * 100 / check.valid().size();
  }

  /** The checked file, while the server keeps it for this person. */
  public CaseLogImport.CheckedFile getCheck() {
    return checkedImports.find(checkId, currentUser.accountId(), clock.instant()).orElse(null);
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }

  public int getImported() {
    return imported;
  }

  public int getAlreadyImported() {
    return alreadyImported;
  }

  public boolean isRunning() {
    return running;
  }

  public boolean isFinished() {
    return finished;
  }

  public String getColumnList() {
    return CaseLogColumn.IMPORTED.stream()
        .map(c -> c.importName().orElseThrow())
        .collect(Collectors.joining(", "));
  }
}
