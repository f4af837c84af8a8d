package org.continuum.procedure.application;

import static org.continuum.audit.domain.AuditEventType.CASE_LOG_SETTINGS_CHANGED;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Locale;
import java.util.Optional;
import org.continuum.audit.application.AuditTrail;
import org.continuum.identity.application.AccessPolicy;
import org.continuum.identity.domain.Role;
import org.continuum.procedure.domain.CaseLogSettings;
import org.continuum.procedure.domain.CaseLogSettingsRepository;
import org.continuum.procedure.domain.FluoroscopyRecording;
import org.continuum.shared.domain.ConcurrentEditException;

/**
 * What a program records in its case log beyond what every program does. Its managers see it; the
 * program director changes it, for entries logged or corrected from then on.
 */
@ApplicationScoped
@Transactional
public class CaseLogSettingsService {

  private static final String SUBJECT = "CaseLogSettings";

  /** The version of settings never saved. */
  static final long NONE_YET = -1;

  @Inject AccessPolicy access;
  @Inject CaseLogSettingsRepository settings;
  @Inject AuditTrail audit;
  @Inject Event<CaseLogSettingsChanged> changed;

  /**
   * The program's settings; a program that never changed them asks nothing extra, at version -1,
   * which the first change must send.
   */
  public CaseLogSettingsView view(long programId) {
    access.requireInProgram(programId, Role.PROGRAM_DIRECTOR, Role.COORDINATOR);
    return settings
        .forProgram(programId)
        .map(CaseLogSettingsView::of)
        .orElse(new CaseLogSettingsView(programId, NONE_YET, FluoroscopyRecording.NOT_ASKED));
  }

  /**
   * Whether fluoroscopy time and dose are asked for cases under fluoroscopy; refused if someone
   * else changed the settings since the caller read them.
   */
  public CaseLogSettingsView recordFluoroscopy(
      long programId, long expectedVersion, FluoroscopyRecording recording) {
    access.requireInProgram(programId, Role.PROGRAM_DIRECTOR);
    Optional<CaseLogSettings> existing = settings.forProgram(programId);
    if (existing.isPresent()) {
      existing.get().requireVersion(expectedVersion);
    } else if (expectedVersion != NONE_YET) {
      // what the caller read was changed and then removed, or never read
      throw new ConcurrentEditException(null, null);
    }
    CaseLogSettings current = settings.forChange(programId);
    current.recordFluoroscopy(recording);
    settings.flush();
    changed.fire(new CaseLogSettingsChanged());
    audit.record(
        CASE_LOG_SETTINGS_CHANGED,
        SUBJECT,
        current.getId(),
        programId,
        "fluoroscopy time and dose: " + recording.title().toLowerCase(Locale.ROOT));
    return CaseLogSettingsView.of(current);
  }
}
