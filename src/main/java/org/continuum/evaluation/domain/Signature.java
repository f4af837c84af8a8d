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

  @Column(name = "signer_id", nullable = false, updatable = false)
  private long signerId;

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

  protected Signature() {}

  Signature(
      Evaluation evaluation,
      long signerId,
      String printedName,
      Instant signedAt,
      SignatureMeaning meaning) {
    this.evaluation = evaluation;
    this.contentRevision = evaluation.getContentRevision();
    this.signerId = signerId;
    this.printedName = printedName;
    this.signedAt = signedAt;
    this.meaning = meaning;
    this.hashMethod = SignedContent.METHOD;
    this.contentHash = SignedContent.hash(evaluation, this);
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

  @PreUpdate
  @PreRemove
  void refuseChange() {
    throw new RuleViolationException("A signature cannot be changed or removed.");
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

  public long getSignerId() {
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
}
