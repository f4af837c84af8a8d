package org.continuum.shared.web;

import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

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
      UserMessages.error("Choose " + what + " first.");
      return Optional.empty();
    }
    if (part.getSize() > maxBytes) {
      UserMessages.error(
          "The file is larger than " + maxBytes / (1024 * 1024) + " MB: split it or trim it.");
      return Optional.empty();
    }
    try (InputStream in = part.getInputStream()) {
      return Optional.of(new UploadedFile(part.getSubmittedFileName(), in.readAllBytes()));
    } catch (IOException e) {
      UserMessages.error("The file could not be read: choose it again.");
      return Optional.empty();
    }
  }
}
