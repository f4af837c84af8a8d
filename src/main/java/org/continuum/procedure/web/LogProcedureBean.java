package org.continuum.procedure.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.continuum.procedure.application.CodingPreview;
import org.continuum.procedure.application.DiagnosisCatalog;
import org.continuum.procedure.application.IdempotentSubmission;
import org.continuum.procedure.application.LogView;
import org.continuum.procedure.application.LoggingForm;
import org.continuum.procedure.application.ProcedureCatalog;
import org.continuum.procedure.application.ProcedureLogging;
import org.continuum.procedure.application.ProcedureOption;
import org.continuum.procedure.application.Submission;
import org.continuum.procedure.domain.DiagnosisList.Diagnosis;
import org.continuum.procedure.domain.FluoroscopyRecording;
import org.continuum.procedure.domain.Guidance;
import org.continuum.procedure.domain.LogEntry;
import org.continuum.procedure.domain.LogSource;
import org.continuum.procedure.domain.SpineRegion;
import org.continuum.program.application.TraineeEnrollmentView;
import org.continuum.shared.application.InstitutionTime;
import org.continuum.shared.domain.Wording;
import org.continuum.shared.web.UserMessages;

/**
 * Logging a procedure on a phone: pick it from favourites, recent or search; the date, supervisor,
 * role and setting come prefilled; only the questions the procedure needs are shown. The same
 * screen corrects an entry (?id=) that is waiting or was returned. Each new entry carries a fresh
 * idempotency key, so a double tap or a retried post never logs twice.
 */
@Named("logProcedure")
@ViewScoped
public class LogProcedureBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ProcedureLogging logging;
  @Inject IdempotentSubmission submissions;
  @Inject ProcedureCatalog catalog;
  @Inject InstitutionTime time;
  @Inject DiagnosisCatalog diagnoses;

  private Long programId;
  private Long editId;
  private LoggingForm form;
  private LogView editing;
  private List<TraineeEnrollmentView> programChoices = List.of();

  private ProcedureOption procedure;

  /** The form the page binds, field by field. */
  private LogEntry entry = new LogEntry();

  private String submissionKey = UUID.randomUUID().toString();

  private LogView logged;
  private boolean replayed;

  /** What the form will be logged as, refreshed as its details change. */
  private CodingPreview preview = CodingPreview.none();

  /** View action: opens the form, or the entry to correct. */
  public void load() {
    if (editId != null) {
      editing = logging.get(editId);
      programId = editing.programId();
    } else if (programId == null) {
      List<TraineeEnrollmentView> active = logging.activeEnrollments();
      if (active.size() > 1) {
        programChoices = active; // the page asks which program first
        return;
      }
    }
    form = logging.start(programId);
    if (editing != null) {
      procedure = catalog.get(editing.procedureTypeId());
      entry =
          LogEntry.of(
              editing.procedureTypeId(),
              editing.performedOn(),
              editing.supervisorId(),
              editing.details());
      refreshPreview();
      return;
    }
    entry.setPerformedOn(time.today());
    entry.setSupervisorId(form.defaultSupervisorId());
    entry.setRole(form.defaultRole());
    entry.setSetting(form.defaultSetting());
  }

  /** A quick pick or search result was chosen: set the procedure's own defaults. */
  public void choose(long procedureTypeId) {
    procedure = catalog.get(procedureTypeId);
    procedureChanged();
  }

  public void procedureChanged() {
    if (procedure == null) {
      return;
    }
    SpineRegion region = entry.getSpineRegion();
    if (region == null || !procedure.regions().contains(region)) {
      entry.setSpineRegion(procedure.regions().isEmpty() ? null : procedure.regions().get(0));
      entry.setLevels(new ArrayList<>());
    }
    Guidance guidance = entry.getGuidance();
    if (guidance == null || !procedure.guidanceOptions().contains(guidance)) {
      entry.setGuidance(procedure.defaultGuidance());
    }
    entry.getCounts().keySet().retainAll(procedure.quantities());
    refreshPreview();
  }

  public void regionChanged() {
    entry.setLevels(new ArrayList<>());
    refreshPreview();
  }

  /** Asks again what the form will be logged as, after a detail changed. */
  public void refreshPreview() {
    if (procedure == null) {
      preview = CodingPreview.none();
      return;
    }
    entry.setProcedureTypeId(procedure.id());
    preview = logging.preview(form == null ? null : form.programId(), entry);
  }

  public CodingPreview getPreview() {
    return preview;
  }

  public void toggleFavourite() {
    if (procedure != null) {
      boolean starred = catalog.toggleFavourite(procedure.id());
      UserMessages.info(
          procedure.name() + (starred ? " is a favourite now." : " is no longer a favourite."));
    }
  }

  public boolean isFavourite() {
    return procedure != null && catalog.isFavourite(procedure.id());
  }

  public void save() {
    entry.setProcedureTypeId(procedure == null ? null : procedure.id());
    if (editing != null) {
      editing = logging.revise(editing.id(), editing.version(), entry);
      UserMessages.info(
          Wording.of("logProcedureBean.savedEntryWaitsVerify", editing.supervisorName()));
      return;
    }
    Submission submission =
        submissions.submit(form.programId(), entry, LogSource.APP, submissionKey, null);
    // the form gives way to what was logged, where the trainee is looking, until they choose
    logged = submission.log();
    replayed = submission.replayed();
    readyForNext();
  }

  /** Back to the form for the next patient, the procedure and the clinic's choices kept. */
  public void logAnother() {
    logged = null;
    replayed = false;
  }

  /** The entry just logged, shown in place of the form; null while the form is shown. */
  public LogView getLogged() {
    return logged;
  }

  /** The entry just shown was logged before (the same submission sent twice). */
  public boolean isReplayed() {
    return replayed;
  }

  /** The next patient of the same clinic: a fresh key, the clinic's choices kept. */
  private void readyForNext() {
    submissionKey = UUID.randomUUID().toString();
    form = logging.start(form.programId());
    entry.clearPatient();
    refreshPreview();
  }

  /** The region whose levels are offered: the chosen one, or the procedure's only region. */
  public SpineRegion getLevelRegion() {
    if (procedure == null) {
      return null;
    }
    return entry.getSpineRegion() != null ? entry.getSpineRegion() : procedure.impliedRegion();
  }

  public List<String> getLevelOptions() {
    if (procedure != null && procedure.countsBodies()) {
      // bodies of every region the procedure treats: a kyphoplasty at T12 and L1 is one case
      return procedure.regions().stream().flatMap(r -> r.vertebrae().stream()).toList();
    }
    SpineRegion region = getLevelRegion();
    return region == null ? List.of() : region.segments();
  }

  /**
   * Whether the form asks for fluoroscopy time and dose: the program records them, and the case is
   * under fluoroscopy.
   */
  public boolean isAskingFluoroscopy() {
    return form != null
        && procedure != null
        && form.fluoroscopy() != FluoroscopyRecording.NOT_ASKED
        && procedure.underFluoroscopy(entry.getGuidance());
  }

  public boolean isFluoroscopyRequired() {
    return form != null && form.fluoroscopy() == FluoroscopyRecording.REQUIRED;
  }

  public boolean isEditing() {
    return editing != null;
  }

  public LoggingForm getForm() {
    return form;
  }

  /** The entry being corrected, as it was stored, or null when logging a new one. */
  public LogView getOriginal() {
    return editing;
  }

  public LogEntry getEntry() {
    return entry;
  }

  public List<TraineeEnrollmentView> getProgramChoices() {
    return programChoices;
  }

  public List<ProcedureOption> complete(String text) {
    return catalog.search(text, 12);
  }

  /** Diagnosis codes matching what was typed, for the diagnoses field. */
  public List<String> completeDiagnosis(String text) {
    return diagnoses.search(text, 15).stream().map(Diagnosis::code).toList();
  }

  /** "M54.16 Radiculopathy, lumbar region"; the code alone if the list no longer has it. */
  public String diagnosisLabel(String code) {
    return code == null ? "" : diagnoses.current().find(code).map(Diagnosis::label).orElse(code);
  }

  public Long getProgramId() {
    return programId;
  }

  public void setProgramId(Long programId) {
    this.programId = programId;
  }

  public Long getEditId() {
    return editId;
  }

  public void setEditId(Long editId) {
    this.editId = editId;
  }

  public ProcedureOption getProcedure() {
    return procedure;
  }

  public void setProcedure(ProcedureOption procedure) {
    this.procedure = procedure;
  }

  public LocalDate getToday() {
    return time.today();
  }
}
