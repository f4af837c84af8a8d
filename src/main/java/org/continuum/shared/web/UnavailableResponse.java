package org.continuum.shared.web;

import jakarta.json.Json;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.continuum.shared.domain.TryLaterException;

/**
 * The answer while the database does not answer: 503 with Retry-After, a problem body for the API
 * and a plain page for people. Written without touching the database, Faces or the page template
 * (which reads the signed-in person), so it cannot fail the same way.
 */
public final class UnavailableResponse {

  private UnavailableResponse() {}

  public static void write(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (response.isCommitted()) {
      return;
    }
    TryLaterException later = TryLaterException.databaseUnavailable();
    // the body only: the security headers set for every response stay
    response.resetBuffer();
    response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    response.setHeader("Retry-After", Long.toString(later.retryAfterSeconds()));
    response.setHeader("Cache-Control", "no-store");
    response.setCharacterEncoding("UTF-8");
    if (isApi(request)) {
      response.setContentType("application/problem+json");
      response
          .getWriter()
          .write(
              Json.createObjectBuilder()
                  .add("status", 503)
                  .add("title", "Service Unavailable")
                  .add("detail", later.userMessage())
                  .build()
                  .toString());
      return;
    }
    response.setContentType("text/html");
    response
        .getWriter()
        .write(
            "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>Temporarily unavailable · Continuum</title></head><body>"
                + "<main><h1>Temporarily unavailable</h1><p>"
                + later.userMessage()
                + "</p><p><a href=\""
                + request.getContextPath()
                + "/\">Try again</a></p></main></body></html>");
  }

  private static boolean isApi(HttpServletRequest request) {
    Object original = request.getAttribute("jakarta.servlet.error.request_uri");
    String path =
        original != null ? original.toString() : request.getServletPath() + pathInfo(request);
    return path.startsWith(request.getContextPath() + "/api/") || path.startsWith("/api/");
  }

  private static String pathInfo(HttpServletRequest request) {
    return request.getPathInfo() == null ? "" : request.getPathInfo();
  }
}
