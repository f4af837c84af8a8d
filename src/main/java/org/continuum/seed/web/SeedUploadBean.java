package org.continuum.seed.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.continuum.identity.application.AccessPolicy;
import org.continuum.seed.application.SeedLoader;
import org.continuum.seed.application.SeedReport;
import org.continuum.seed.domain.SeedImport;
import org.continuum.shared.application.SystemContext;
import org.continuum.shared.domain.Wording;
import org.continuum.shared.web.UploadedFile;
import org.continuum.shared.web.UserMessages;

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

  private transient Part file;
  private SeedReport report;

  public void load() {
    access.requireAdmin();
    Optional<UploadedFile> upload =
        UploadedFile.read(file, MAX_BYTES, Wording.of("seedUploadBean.seedFileJson"));
    if (upload.isEmpty()) {
      return;
    }
    String name = upload.get().name();
    byte[] content = upload.get().content();
    report = SystemContext.call(() -> loader.load(name, content));
    UserMessages.info(
        report.applied()
            ? Wording.of("seedUploadBean.loadedVersion", name, report.key(), report.version())
            : Wording.of("seedUploadBean.nothingDoVersionAlready", name));
  }

  public List<SeedImport> getApplied() {
    return loader.applied();
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }

  public SeedReport getReport() {
    return report;
  }
}
