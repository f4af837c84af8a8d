package org.continuum.evaluation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PreRemove;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import java.time.Instant;
import org.continuum.shared.domain.RuleViolationException;
import org.continuum.shared.domain.SealCheck;
import org.continuum.shared.domain.Sealer;
import org.continuum.shared.domain.Sha256;
import org.continuum.shared.domain.Wording;

/**
 * An electronic signature: who signed (id and printed name), when (UTC), what they meant by it, and
 * a SHA-256 of the canonical form of exactly what they signed, including the evaluation's id and
 * content revision. Written once; it can be neither changed nor removed.
 */
@Entity
@Table(name = "evaluation_signature")
public class Signature {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "evaluation_id", nullable = false, updatable = false)
  private Evaluation evaluation;

  @Column(name = "content_revision", nullable = false, updatable = false)
  private int contentRevision;

  /** Null only for IMPORTED content: nobody signed it here. */
  @Column(name = "signer_id", updatable = false)
  private Long signerId;

  @Column(name = "printed_name", nullable = false, updatable = false, length = 120)
  private String printedName;

  @Column(name = "signed_at", nullable = false, updatable = false)
  private Instant signedAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "meaning", nullable = false, updatable = false, length = 16)
  private SignatureMeaning meaning;

  @Column(name = "hash_method", nullable = false, updatable = false, length = 24)
  private String hashMethod;

  @Column(name = "content_hash", nullable = false, updatable = false, length = 64)
  private String contentHash;

  /**
   * The keyed seal of the canonical content ({@link Sealer}); null for signatures made before keyed
   * seals, which only the content hash protects.
   */
  @Column(name = "seal", updatable = false, length = 160)
  private String seal;

  protected Signature() {}

  Signature(
      Evaluation evaluation,
      Long signerId,
      String printedName,
      Instant signedAt,
      SignatureMeaning meaning,
      Sealer sealer) {
    this.evaluation = evaluation;
    this.contentRevision = evaluation.getContentRevision();
    this.signerId = signerId;
    this.printedName = printedName;
    this.signedAt = signedAt;
    this.meaning = meaning;
    this.hashMethod = SignedContent.METHOD;
    String canonical = SignedContent.canonical(evaluation, this);
    this.contentHash = Sha256.hex(canonical);
    this.seal = sealer.seal(canonical);
  }

  /**
   * Whether this signature belongs to {@code subject} as it is now: the same evaluation, the same
   * content revision, and a hash that still matches the content.
   */
  public boolean isValidFor(Evaluation subject) {
    return subject.getId() != null
        && subject.getId().equals(evaluation.getId())
        && subject.getContentRevision() == contentRevision
        && SignedContent.METHOD.equals(hashMethod)
        && SignedContent.hash(subject, this).equals(contentHash);
  }

  /**
   * Whether this signature still vouches for {@code subject} as it is now: a different evaluation,
   * revision or content is BROKEN; otherwise the keyed seal decides (UNKEYED for a signature made
   * before keyed seals whose content hash still matches).
   */
  public SealCheck check(Evaluation subject, Sealer sealer) {
    if (!isValidFor(subject)) {
      return SealCheck.BROKEN;
    }
    if (seal == null) {
      return SealCheck.UNKEYED;
    }
    return sealer.check(SignedContent.canonical(subject, this), seal);
  }

  @PreUpdate
  @PreRemove
  void refuseChange() {
    throw new RuleViolationException(Wording.of("signature.signatureCannotChangedRemoved"));
  }

  public Long getId() {
    return id;
  }

  public Long getEvaluationId() {
    return evaluation.getId();
  }

  public int getContentRevision() {
    return contentRevision;
  }

  public Long getSignerId() {
    return signerId;
  }

  public String getPrintedName() {
    return printedName;
  }

  public Instant getSignedAt() {
    return signedAt;
  }

  public SignatureMeaning getMeaning() {
    return meaning;
  }

  public String getHashMethod() {
    return hashMethod;
  }

  public String getContentHash() {
    return contentHash;
  }

  public String getSeal() {
    return seal;
  }
}
