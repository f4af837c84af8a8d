package org.continuum.seed.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.continuum.identity.application.AccessPolicy;
import org.continuum.seed.application.SeedLoader;
import org.continuum.seed.application.SeedReport;
import org.continuum.seed.domain.SeedImport;
import org.continuum.shared.application.SystemContext;
import org.continuum.shared.web.UserMessages;
import org.primefaces.model.file.UploadedFile;

/**
 * An administrator loads a seed file (institution, later catalogs and frameworks) on demand. The
 * administrator is checked first; the load then runs with system authority, as at start-up.
 */
@Named("seedUpload")
@ViewScoped
public class SeedUploadBean implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Seed files are small documents; anything larger is a mistake. */
  static final long MAX_BYTES = 5L * 1024 * 1024;

  @Inject SeedLoader loader;
  @Inject AccessPolicy access;

  private transient UploadedFile file;
  private SeedReport report;

  public void load() {
    access.requireAdmin();
    if (file == null || file.getSize() == 0) {
      UserMessages.error("Choose a seed file (.json) to load.");
      return;
    }
    if (file.getSize() > MAX_BYTES) {
      UserMessages.error("The file is larger than 5 MB; seed files are much smaller.");
      return;
    }
    byte[] content = file.getContent();
    String name = file.getFileName();
    report = SystemContext.call(() -> loader.load(name, content));
    UserMessages.info(
        report.applied()
            ? name + " loaded: " + report.key() + " version " + report.version() + "."
            : name + ": nothing to do, this version is already loaded.");
  }

  public List<SeedImport> getApplied() {
    return loader.applied();
  }

  public UploadedFile getFile() {
    return file;
  }

  public void setFile(UploadedFile file) {
    this.file = file;
  }

  public SeedReport getReport() {
    return report;
  }
}
