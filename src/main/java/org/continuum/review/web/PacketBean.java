package org.continuum.review.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.continuum.review.application.CccReviews;
import org.continuum.review.application.EvidencePacket;
import org.continuum.review.application.PacketPdf;
import org.continuum.review.application.PacketRow;
import org.continuum.shared.domain.RecordNotFoundException;
import org.continuum.shared.domain.Wording;
import org.continuum.shared.web.ProgramContext;
import org.continuum.shared.web.UserMessages;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * One trainee's evidence packet for a period, with the committee's proposal for each subcompetency,
 * saved row by row with the version that was read.
 */
@Named("packet")
@ViewScoped
public class PacketBean implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The levels a committee can propose: 0 (not yet level 1), then 1 to 5 in half steps. */
  public static final List<String> LEVELS =
      List.of("0", "1", "1.5", "2", "2.5", "3", "3.5", "4", "4.5", "5");

  @Inject CccReviews reviews;
  @Inject ProgramContext page;
  @Inject PacketPdf pdf;

  private Long periodId;
  private Long traineeId;
  private EvidencePacket packet;
  private final Map<String, String> levels = new HashMap<>();
  private final Map<String, String> rationales = new HashMap<>();

  public void load() {
    if (periodId == null || traineeId == null) {
      throw new RecordNotFoundException(Wording.of("packetBean.review"));
    }
    show(reviews.packet(periodId, traineeId));
    if (packet.period().programId() != page.getProgramId()) {
      throw new RecordNotFoundException(Wording.of("packetBean.review"));
    }
  }

  private void show(EvidencePacket p) {
    packet = p;
    levels.clear();
    rationales.clear();
    for (PacketRow row : p.rows()) {
      levels.put(row.code(), row.proposedLevel());
      rationales.put(row.code(), row.rationale());
    }
  }

  public void save(PacketRow row) {
    reviews.propose(
        periodId,
        traineeId,
        row.code(),
        row.proposalVersion(),
        levels.get(row.code()),
        rationales.get(row.code()));
    show(reviews.packet(periodId, traineeId));
    UserMessages.info(Wording.of("packetBean.levelProposed", row.code(), levels.get(row.code())));
  }

  /** The packet as a PDF, for the committee meeting. */
  public StreamedContent getPdf() {
    EvidencePacket current = packet;
    String program = page.getProgramName();
    return DefaultStreamedContent.builder()
        .name("packet-" + current.traineeName().replaceAll("[^A-Za-z0-9]+", "-") + ".pdf")
        .contentType("application/pdf")
        .writer(out -> pdf.write(current, program, out))
        .build();
  }

  public List<String> getLevels() {
    return LEVELS;
  }

  public Map<String, String> getLevel() {
    return levels;
  }

  public Map<String, String> getRationale() {
    return rationales;
  }

  public EvidencePacket getPacket() {
    return packet;
  }

  public Long getPeriodId() {
    return periodId;
  }

  public void setPeriodId(Long periodId) {
    this.periodId = periodId;
  }

  public Long getTraineeId() {
    return traineeId;
  }

  public void setTraineeId(Long traineeId) {
    this.traineeId = traineeId;
  }
}
