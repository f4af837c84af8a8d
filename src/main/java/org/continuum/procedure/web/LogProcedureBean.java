package org.continuum.procedure.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.continuum.procedure.application.IdempotentSubmission;
import org.continuum.procedure.application.LogView;
import org.continuum.procedure.application.LoggingForm;
import org.continuum.procedure.application.ProcedureCatalog;
import org.continuum.procedure.application.ProcedureLogging;
import org.continuum.procedure.application.ProcedureOption;
import org.continuum.procedure.application.Submission;
import org.continuum.procedure.domain.AgeBand;
import org.continuum.procedure.domain.ClinicalSetting;
import org.continuum.procedure.domain.Complication;
import org.continuum.procedure.domain.Guidance;
import org.continuum.procedure.domain.Laterality;
import org.continuum.procedure.domain.LogEntry;
import org.continuum.procedure.domain.LogSource;
import org.continuum.procedure.domain.PatientSex;
import org.continuum.procedure.domain.SpineRegion;
import org.continuum.procedure.domain.TraineeRole;
import org.continuum.program.application.TraineeEnrollmentView;
import org.continuum.shared.application.InstitutionTime;
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

  private Long programId;
  private Long editId;
  private LoggingForm form;
  private LogView editing;
  private List<TraineeEnrollmentView> programChoices = List.of();

  private ProcedureOption procedure;
  private LocalDate performedOn;
  private Long supervisorId;
  private TraineeRole role;
  private ClinicalSetting setting;
  private SpineRegion spineRegion;
  private List<String> levels = new ArrayList<>();
  private Laterality laterality;
  private Guidance guidance;
  private AgeBand ageBand;
  private PatientSex sex;
  private String diagnosisCode;

  /** An array, so Faces converts the checked values to the enum without help. */
  private Complication[] complications = new Complication[0];

  private String note;
  private String submissionKey = UUID.randomUUID().toString();

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
    performedOn = time.today();
    supervisorId = form.defaultSupervisorId();
    role = form.defaultRole();
    setting = form.defaultSetting();
    if (editing != null) {
      fillFrom(editing);
    }
  }

  private void fillFrom(LogView log) {
    procedure = catalog.get(log.procedureTypeId());
    performedOn = log.performedOn();
    supervisorId = log.supervisorId();
    role = log.role();
    setting = log.setting();
    spineRegion = log.spineRegion();
    levels = new ArrayList<>(log.levels());
    laterality = log.laterality();
    guidance = log.guidance();
    ageBand = log.ageBand();
    sex = log.sex();
    diagnosisCode = log.diagnosisCode();
    complications = log.complications().toArray(Complication[]::new);
    note = log.note();
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
    if (spineRegion == null || !procedure.regions().contains(spineRegion)) {
      spineRegion = procedure.regions().isEmpty() ? null : procedure.regions().get(0);
      levels = new ArrayList<>();
    }
    if (guidance == null || !procedure.guidanceOptions().contains(guidance)) {
      guidance = procedure.defaultGuidance();
    }
  }

  public void regionChanged() {
    levels = new ArrayList<>();
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
    LogEntry entry =
        new LogEntry(
            procedure == null ? null : procedure.id(),
            performedOn,
            supervisorId,
            role,
            setting,
            spineRegion,
            levels,
            laterality,
            guidance,
            ageBand,
            sex,
            diagnosisCode,
            complications == null || complications.length == 0
                ? EnumSet.noneOf(Complication.class)
                : EnumSet.copyOf(List.of(complications)),
            note);
    if (editing != null) {
      editing = logging.revise(editing.id(), editing.version(), entry);
      UserMessages.info(
          "Saved. The entry waits for " + editing.supervisorName() + " to verify it.");
      return;
    }
    Submission submission =
        submissions.submit(form.programId(), entry, LogSource.APP, submissionKey, null);
    LogView logged = submission.log();
    UserMessages.info(
        (submission.replayed() ? "Already logged: " : "Logged: ")
            + logged.procedureName()
            + ". "
            + logged.supervisorName()
            + " will verify it.");
    readyForNext();
  }

  /** Keeps date, supervisor, role and setting; clears the patient and the procedure's details. */
  private void readyForNext() {
    submissionKey = UUID.randomUUID().toString();
    form = logging.start(form.programId());
    levels = new ArrayList<>();
    laterality = null;
    ageBand = null;
    sex = null;
    diagnosisCode = null;
    complications = new Complication[0];
    note = null;
  }

  /** The region whose levels are offered: the chosen one, or the procedure's only region. */
  public SpineRegion getLevelRegion() {
    if (procedure == null) {
      return null;
    }
    return spineRegion != null ? spineRegion : procedure.impliedRegion();
  }

  public List<String> getLevelOptions() {
    SpineRegion region = getLevelRegion();
    return region == null ? List.of() : region.segments();
  }

  public boolean isEditing() {
    return editing != null;
  }

  public LoggingForm getForm() {
    return form;
  }

  /** The entry being corrected, or null when logging a new one. */
  public LogView getEntry() {
    return editing;
  }

  public List<TraineeEnrollmentView> getProgramChoices() {
    return programChoices;
  }

  public List<ProcedureOption> complete(String text) {
    return catalog.search(text, 12);
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

  public LocalDate getPerformedOn() {
    return performedOn;
  }

  public void setPerformedOn(LocalDate performedOn) {
    this.performedOn = performedOn;
  }

  public LocalDate getToday() {
    return time.today();
  }

  public Long getSupervisorId() {
    return supervisorId;
  }

  public void setSupervisorId(Long supervisorId) {
    this.supervisorId = supervisorId;
  }

  public TraineeRole getRole() {
    return role;
  }

  public void setRole(TraineeRole role) {
    this.role = role;
  }

  public ClinicalSetting getSetting() {
    return setting;
  }

  public void setSetting(ClinicalSetting setting) {
    this.setting = setting;
  }

  public SpineRegion getSpineRegion() {
    return spineRegion;
  }

  public void setSpineRegion(SpineRegion spineRegion) {
    this.spineRegion = spineRegion;
  }

  public List<String> getLevels() {
    return levels;
  }

  public void setLevels(List<String> levels) {
    this.levels = levels == null ? new ArrayList<>() : new ArrayList<>(levels);
  }

  public Laterality getLaterality() {
    return laterality;
  }

  public void setLaterality(Laterality laterality) {
    this.laterality = laterality;
  }

  public Guidance getGuidance() {
    return guidance;
  }

  public void setGuidance(Guidance guidance) {
    this.guidance = guidance;
  }

  public AgeBand getAgeBand() {
    return ageBand;
  }

  public void setAgeBand(AgeBand ageBand) {
    this.ageBand = ageBand;
  }

  public PatientSex getSex() {
    return sex;
  }

  public void setSex(PatientSex sex) {
    this.sex = sex;
  }

  public String getDiagnosisCode() {
    return diagnosisCode;
  }

  public void setDiagnosisCode(String diagnosisCode) {
    this.diagnosisCode = diagnosisCode;
  }

  public Complication[] getComplications() {
    return complications;
  }

  public void setComplications(Complication[] complications) {
    this.complications = complications == null ? new Complication[0] : complications;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}
