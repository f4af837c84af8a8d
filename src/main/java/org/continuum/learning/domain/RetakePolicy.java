package org.continuum.learning.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.continuum.shared.domain.BaseEntity;
import org.continuum.shared.domain.RuleViolationException;
import org.continuum.shared.domain.Violations;
import org.continuum.shared.domain.Wording;
import org.continuum.shared.domain.Words;

/**
 * A program's rules for taking a module again: how many attempts in all (none = no limit), how long
 * to wait after finishing one, and whether a passed module may be taken again (for practice; the
 * best score counts).
 */
@Entity
@Table(name = "module_retake_policy")
public class RetakePolicy extends BaseEntity {

  /** What holds where a program has set nothing: unlimited attempts, no wait, practice allowed. */
  public static RetakePolicy defaultFor(long programId) {
    RetakePolicy p = new RetakePolicy();
    p.programId = programId;
    p.retakeAfterPass = true;
    return p;
  }

  @Column(name = "program_id", nullable = false, updatable = false)
  private long programId;

  @Column(name = "max_attempts")
  private Integer maxAttempts;

  @Column(name = "wait_hours", nullable = false)
  private int waitHours;

  @Column(name = "retake_after_pass", nullable = false)
  private boolean retakeAfterPass;

  protected RetakePolicy() {}

  public void set(Integer maxAttempts, int waitHours, boolean retakeAfterPass) {
    Violations problems = new Violations();
    if (maxAttempts != null && (maxAttempts < 1 || maxAttempts > 20)) {
      problems.add("maxAttempts", Wording.of("retakePolicy.attemptsAllowed120"));
    }
    if (waitHours < 0 || waitHours > 24 * 90) {
      problems.add("waitHours", Wording.of("retakePolicy.hoursWait02160"));
    }
    problems.throwIfAny();
    this.maxAttempts = maxAttempts;
    this.waitHours = waitHours;
    this.retakeAfterPass = retakeAfterPass;
  }

  /** Refuses a new attempt the rules do not allow, saying when or why not. */
  public void requireMayStart(List<ModuleAttempt> earlier, Instant now) {
    if (maxAttempts != null && earlier.size() >= maxAttempts) {
      throw new RuleViolationException(
          Wording.of("retakePolicy.programAllowsModuleHave", Words.count(maxAttempts, "attempt")));
    }
    if (!retakeAfterPass && earlier.stream().anyMatch(a -> Boolean.TRUE.equals(a.getPassed()))) {
      throw new RuleViolationException(Wording.of("retakePolicy.havePassedModuleProgram"));
    }
    earlier.stream()
        .map(ModuleAttempt::getCompletedAt)
        .filter(t -> t != null)
        .max(Instant::compareTo)
        .map(last -> last.plus(Duration.ofHours(waitHours)))
        .filter(next -> next.isAfter(now))
        .ifPresent(
            next -> {
              long hours = Math.max(1, Duration.between(now, next).toHours());
              throw new RuleViolationException(
                  Wording.of("retakePolicy.programAsksWaitBefore", hours));
            });
  }

  public long getProgramId() {
    return programId;
  }

  public Integer getMaxAttempts() {
    return maxAttempts;
  }

  public int getWaitHours() {
    return waitHours;
  }

  public boolean isRetakeAfterPass() {
    return retakeAfterPass;
  }
}
