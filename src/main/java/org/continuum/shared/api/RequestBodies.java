package org.continuum.shared.api;

import org.continuum.shared.domain.InvalidInputException;

/** Checks every resource makes of a request body before it reaches a use case. */
public final class RequestBodies {

  private RequestBodies() {}

  public static <T> T required(T body, String what) {
    if (body == null) {
      throw new InvalidInputException("body", "Send " + what + " as a JSON object.");
    }
    return body;
  }

  /** The version the client read, which every change must carry. */
  public static long version(Long version) {
    if (version == null) {
      throw new InvalidInputException("version", "Version is required: send the version you read.");
    }
    return version;
  }
}
