package org.continuum.procedure.application;

import java.io.Serializable;
import java.util.List;
import org.continuum.procedure.domain.ClinicalSetting;
import org.continuum.procedure.domain.FluoroscopyRecording;
import org.continuum.procedure.domain.TraineeRole;
import org.continuum.program.application.ProgramFaculty.FacultyMember;

/**
 * Everything the logging screen needs to open in one step: the program, its faculty to choose the
 * supervisor from, and the defaults taken from the trainee's last entry, and whether the program
 * records fluoroscopy time and dose.
 */
public record LoggingForm(
    long programId,
    String programName,
    List<FacultyMember> faculty,
    Long defaultSupervisorId,
    TraineeRole defaultRole,
    ClinicalSetting defaultSetting,
    QuickPicks quickPicks,
    FluoroscopyRecording fluoroscopy)
    implements Serializable {}
