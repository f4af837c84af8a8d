package org.continuum.evaluation.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

/**
 * A trainee's evaluation of a rotation and its faculty once handed in. It deliberately carries no
 * author, no time and no sequential id (none of the usual entity stamps either), so it cannot be
 * joined back to the request, and so to the trainee, that produced it. It is read only in
 * aggregate, only where enough trainees answered, and only once released with a batch of others
 * (see {@link FeedbackBatches}), so no report changes the moment one trainee hands in.
 */
@Entity
@Table(name = "anonymous_feedback")
public class AnonymousFeedback {

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "program_id", nullable = false, updatable = false)
  private long programId;

  @Column(name = "form_id", nullable = false, updatable = false)
  private long formId;

  @Column(name = "rotation_id", updatable = false)
  private Long rotationId;

  @Column(name = "about_faculty_id", updatable = false)
  private Long aboutFacultyId;

  @Column(name = "academic_year", nullable = false, updatable = false)
  private int academicYear;

  /** The day its batch was released to the program; null while it waits for others. */
  @Column(name = "released_on")
  private LocalDate releasedOn;

  /** Which release of its group it came out in (a random id); null while it waits. */
  @Column(name = "release_batch", length = 36)
  private String releaseBatch;

  @ElementCollection
  @CollectionTable(
      name = "anonymous_feedback_item",
      joinColumns = @JoinColumn(name = "feedback_id", nullable = false))
  private List<FeedbackAnswer> answers = new ArrayList<>();

  protected AnonymousFeedback() {}

  static AnonymousFeedback of(
      long programId, long formId, Long rotationId, Long aboutFacultyId, int academicYear) {
    AnonymousFeedback f = new AnonymousFeedback();
    f.id = UUID.randomUUID().toString();
    f.programId = programId;
    f.formId = formId;
    f.rotationId = rotationId;
    f.aboutFacultyId = aboutFacultyId;
    f.academicYear = academicYear;
    return f;
  }

  void add(int itemSeq, String value, String text) {
    answers.add(new FeedbackAnswer(itemSeq, value, text));
  }

  public String getId() {
    return id;
  }

  public long getProgramId() {
    return programId;
  }

  public long getFormId() {
    return formId;
  }

  public Long getRotationId() {
    return rotationId;
  }

  public Long getAboutFacultyId() {
    return aboutFacultyId;
  }

  public int getAcademicYear() {
    return academicYear;
  }

  public List<FeedbackAnswer> getAnswers() {
    return Collections.unmodifiableList(answers);
  }
}
