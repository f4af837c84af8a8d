package org.continuum.shared.web;

import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.continuum.shared.domain.Wording;

/**
 * A file chosen in an {@code h:inputFile}, read with a size limit. A missing, empty, oversized or
 * unreadable file becomes a message for the page, and nothing is returned.
 */
public record UploadedFile(String name, byte[] content) {

  /**
   * @param what how the page names the file, for messages ("a CSV file")
   */
  public static Optional<UploadedFile> read(Part part, long maxBytes, String what) {
    if (part == null || part.getSize() == 0) {
      UserMessages.error(Wording.of("uploadedFile.chooseFirst", what));
      return Optional.empty();
    }
    if (part.getSize() > maxBytes) {
      UserMessages.error(Wording.of("uploadedFile.fileLargerThanMb", maxBytes / (1024 * 1024)));
      return Optional.empty();
    }
    try (InputStream in = part.getInputStream()) {
      return Optional.of(new UploadedFile(part.getSubmittedFileName(), in.readAllBytes()));
    } catch (IOException e) {
      UserMessages.error(Wording.of("uploadedFile.fileCouldReadChoose"));
      return Optional.empty();
    }
  }
}
