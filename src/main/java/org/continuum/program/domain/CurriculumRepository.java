package org.continuum.program.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Rotations, the block schedule and who teaches on each rotation. */
public interface CurriculumRepository {

  List<Rotation> rotations(long programId);

  Optional<Rotation> rotation(long id);

  Optional<Rotation> rotation(long programId, String code);

  void add(Rotation rotation);

  /** The program's blocks that share a day with the range, by trainee name then start. */
  List<AssignmentRow> schedule(long programId, LocalDate from, LocalDate to);

  /** A trainee's blocks in a program, by start. */
  List<AssignmentRow> scheduleOf(long programId, long traineeId);

  Optional<RotationAssignment> assignment(long id);

  /** The trainee's blocks in any program that share a day with the range. */
  List<RotationAssignment> overlapping(long traineeId, LocalDate from, LocalDate to);

  void add(RotationAssignment assignment);

  void remove(RotationAssignment assignment);

  List<TeacherRow> teachers(long programId);

  Optional<RotationTeacher> teacher(long id);

  void add(RotationTeacher teacher);

  /**
   * Whether the faculty member teaches the trainee: on a rotation where the trainee has a block
   * that overlaps the time they teach on it.
   */
  boolean teaches(long facultyId, long traineeId);

  /** The trainees the faculty member teaches on a day, by name. */
  List<AssignmentRow> taughtOn(long facultyId, LocalDate day);

  /**
   * Blocks that ended in the range (in one program, or in all when {@code programId} is null), with
   * the faculty who taught on the rotation at some time during each block.
   */
  List<EndedBlock> endedBetween(Long programId, LocalDate from, LocalDate to);

  void flush();
}
