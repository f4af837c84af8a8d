package org.continuum.review.domain;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import org.continuum.shared.domain.AcademicYear;
import org.continuum.shared.domain.BaseEntity;
import org.continuum.shared.domain.RuleViolationException;
import org.continuum.shared.domain.SealCheck;
import org.continuum.shared.domain.Sealer;
import org.continuum.shared.domain.Sha256;
import org.continuum.shared.domain.Wording;

/**
 * One semiannual review of a program: the committee proposes levels while it is open; the program
 * director finalises it by signing (password again, a hash of the final levels), and from then on
 * nothing of it changes.
 */
@Entity
@Cacheable
@Table(name = "review_period")
public class ReviewPeriod extends BaseEntity {

  /** Periods in time order: academic year, then fall before spring. */
  public static final Comparator<ReviewPeriod> CHRONOLOGICAL =
      Comparator.comparingInt(ReviewPeriod::getAcademicYear).thenComparing(ReviewPeriod::getTerm);

  @Column(name = "program_id", nullable = false, updatable = false)
  private long programId;

  @Column(name = "academic_year", nullable = false, updatable = false)
  private int academicYear;

  @Enumerated(EnumType.STRING)
  @Column(name = "term", nullable = false, updatable = false, length = 8)
  private Term term;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 12)
  private PeriodStatus status;

  @Column(name = "finalised_by_id")
  private Long finalisedById;

  @Column(name = "finalised_at")
  private Instant finalisedAt;

  @Column(name = "printed_name", length = 120)
  private String printedName;

  @Column(name = "content_hash", length = 64)
  private String contentHash;

  /** Keyed seal of the final levels' canonical text; null for periods finalised before it. */
  @Column(name = "seal", length = 160)
  private String seal;

  private transient boolean finalisedWhenLoaded;

  /** The printed name of a period whose levels came from an earlier system. */
  static final String IMPORTED = Wording.of("reviewPeriod.imported");

  protected ReviewPeriod() {}

  public static ReviewPeriod open(long programId, AcademicYear year, Term term) {
    ReviewPeriod p = new ReviewPeriod();
    p.programId = programId;
    p.academicYear = year.startYear();
    p.term = term;
    p.status = PeriodStatus.OPEN;
    return p;
  }

  /**
   * Closes a period reviewed before Continuum, whose final levels came from the earlier system: no
   * signer of ours; the hash and the seal cover the imported levels.
   */
  public void finaliseAsImported(Instant at, List<FinalLevel> levels, Sealer sealer) {
    requireOpen();
    status = PeriodStatus.FINALISED;
    printedName = IMPORTED;
    finalisedAt = at.truncatedTo(ChronoUnit.SECONDS);
    sealLevels(levels, sealer);
  }

  /**
   * Locks the period with the director's signature over the final levels: {@code contentHash} is
   * the SHA-256 of their canonical text, {@code seal} its keyed seal.
   */
  public void finalise(
      long directorId, String name, Instant at, List<FinalLevel> levels, Sealer sealer) {
    requireOpen();
    status = PeriodStatus.FINALISED;
    finalisedById = directorId;
    printedName = name;
    finalisedAt = at.truncatedTo(ChronoUnit.SECONDS);
    sealLevels(levels, sealer);
  }

  private void sealLevels(List<FinalLevel> levels, Sealer sealer) {
    String text = signedText(levels);
    contentHash = Sha256.hex(text);
    seal = sealer.seal(text);
  }

  /** The canonical text the director signed (or the import stood for): the final levels and who. */
  private String signedText(List<FinalLevel> levels) {
    return finalisedById == null
        ? FinalLevelsDocument.canonical(this, levels, 0, "import", finalisedAt)
        : FinalLevelsDocument.canonical(this, levels, finalisedById, printedName, finalisedAt);
  }

  /**
   * Whether the finalised levels are still those that were signed: BROKEN if they or the hash
   * changed, UNKEYED for a period finalised before keyed seals, otherwise what the seal says.
   */
  public SealCheck check(List<FinalLevel> levels, Sealer sealer) {
    if (!isFinalised()) {
      throw new IllegalStateException("only a finalized period carries a seal");
    }
    String text = signedText(levels);
    if (!Sha256.hex(text).equals(contentHash)) {
      return SealCheck.BROKEN;
    }
    return seal == null ? SealCheck.UNKEYED : sealer.check(text, seal);
  }

  public void requireOpen() {
    if (status != PeriodStatus.OPEN) {
      throw new RuleViolationException(
          Wording.of("reviewPeriod.reviewFinalizedLockedNothing", label()));
    }
  }

  public boolean isFinalised() {
    return status == PeriodStatus.FINALISED;
  }

  @PostLoad
  void rememberLock() {
    finalisedWhenLoaded = status == PeriodStatus.FINALISED;
  }

  @PreUpdate
  void refuseChangeOnceFinalised() {
    if (finalisedWhenLoaded) {
      throw new RuleViolationException(Wording.of("reviewPeriod.finalizedReviewPeriodCannot"));
    }
  }

  public AcademicYear year() {
    return new AcademicYear(academicYear);
  }

  public LocalDate start() {
    return term.start(year());
  }

  public LocalDate end() {
    return term.end(year());
  }

  /** "Fall 2026-2027" */
  public String label() {
    return term.label() + " " + year().label();
  }

  public long getProgramId() {
    return programId;
  }

  public int getAcademicYear() {
    return academicYear;
  }

  public Term getTerm() {
    return term;
  }

  public PeriodStatus getStatus() {
    return status;
  }

  public Long getFinalisedById() {
    return finalisedById;
  }

  public Instant getFinalisedAt() {
    return finalisedAt;
  }

  public String getPrintedName() {
    return printedName;
  }

  public String getContentHash() {
    return contentHash;
  }

  public String getSeal() {
    return seal;
  }
}
