package org.continuum.review.application;

import java.io.OutputStream;

/** Writes an evidence packet as a PDF, for the committee's meeting and its records. */
public interface PacketPdf {

  void write(EvidencePacket packet, String programName, OutputStream out);
}
