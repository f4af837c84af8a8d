package org.continuum.procedure.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * Who vouched for an entry that arrived verified from a previous system: the person who imported
 * it, when, and the file it came from (its name and SHA-256). Nobody in this system verified such
 * an entry, so it never names a verifier; the supervisor it names is who supervised, as the old
 * record said.
 */
@Embeddable
public class ImportAttestation implements Serializable {

  @Column(name = "attested_by", updatable = false)
  private Long attestedBy;

  @Column(name = "attested_at", updatable = false)
  private Instant attestedAt;

  @Column(name = "import_file_name", length = 200, updatable = false)
  private String fileName;

  @Column(name = "import_file_sha256", length = 64, updatable = false)
  private String fileSha256;

  protected ImportAttestation() {}

  /**
   * @param attestedBy the importer's account (null only when the system imports, as a test does)
   */
  public static ImportAttestation byImporter(
      Long attestedBy, Instant attestedAt, String fileName, String sha256) {
    return new ImportAttestation(attestedBy, attestedAt, fileName, sha256);
  }

  /**
   * Made-up entries of the demo seed that stand for verified ones: nobody vouches for them, and the
   * seed file they came from says so.
   */
  public static ImportAttestation ofDemoSeed(Instant at, String seedId, String sha256) {
    return new ImportAttestation(null, at, "demo seed " + seedId, sha256);
  }

  private ImportAttestation(Long attestedBy, Instant attestedAt, String fileName, String sha256) {
    this.attestedBy = attestedBy;
    this.attestedAt = Objects.requireNonNull(attestedAt);
    this.fileName = fileName == null || fileName.isBlank() ? "(unnamed file)" : shorten(fileName);
    this.fileSha256 = Objects.requireNonNull(sha256);
  }

  private static String shorten(String name) {
    String stripped = name.strip();
    return stripped.length() <= 200 ? stripped : stripped.substring(0, 200);
  }

  /**
   * The importer's account; null for demo seed entries and entries imported before attestations
   * were kept.
   */
  public Long getAttestedBy() {
    return attestedBy;
  }

  public Instant getAttestedAt() {
    return attestedAt;
  }

  public String getFileName() {
    return fileName;
  }

  public String getFileSha256() {
    return fileSha256;
  }
}
