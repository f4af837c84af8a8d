package org.continuum.shared.api;

import org.continuum.shared.domain.InvalidInputException;
import org.continuum.shared.domain.Wording;

/** Checks every resource makes of a request body before it reaches a use case. */
public final class RequestBodies {

  private RequestBodies() {}

  public static <T> T required(T body, String what) {
    if (body == null) {
      throw new InvalidInputException("body", Wording.of("requestBodies.sendJsonObject", what));
    }
    return body;
  }

  /** The version the client read, which every change must carry. */
  public static long version(Long version) {
    if (version == null) {
      throw new InvalidInputException(
          "version", Wording.of("requestBodies.versionRequiredSendVersion"));
    }
    return version;
  }
}
