package org.continuum.shared.web;

import jakarta.json.Json;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.continuum.shared.domain.Wording;

/**
 * Bodies no larger than what each door needs, refused (413, naming the limit) before anything reads
 * them. Sign-in takes a username and a password: a few KB, and a body of unknown length is refused
 * there too (411), so nobody can make the server read megabytes at the door. A case-log import over
 * the API takes as much as the import page (20 MB), a module file 1 MB, every other API call 1 MB.
 * (Pages' file uploads have their own limits and messages; the server refuses any body over 22 MB.)
 */
@WebFilter(
    filterName = "bodyLimit",
    urlPatterns = {"/api/*", "/login.xhtml", "/setup.xhtml"})
public class BodyLimit extends HttpFilter {

  private static final long serialVersionUID = 1L;

  /** The largest sign-in body taken: the login form with its view state fits many times over. */
  public static final int SIGN_IN_BYTES = 8 * 1024;

  /** A case-log CSV over the API: as much as the import page takes. */
  public static final int IMPORT_BYTES = 20 * 1024 * 1024;

  /** Any other API call, module files included. */
  public static final int API_BYTES = 1024 * 1024;

  /** The limit of a door, by the path the container resolved. */
  static int limitOf(String path) {
    if (path.equals("/api/v1/auth/token") || !path.startsWith("/api/")) {
      return SIGN_IN_BYTES;
    }
    return path.endsWith("/procedure-log-imports") ? IMPORT_BYTES : API_BYTES;
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (!"POST".equals(request.getMethod()) && !"PUT".equals(request.getMethod())) {
      chain.doFilter(request, response);
      return;
    }
    String path =
        request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
    int limit = limitOf(path);
    long length = request.getContentLengthLong();
    if (length < 0 && limit == SIGN_IN_BYTES) {
      refuse(request, response, 411, "Length Required", Wording.of("api.lengthRequired"));
    } else if (length > limit) {
      refuse(
          request,
          response,
          413,
          "Content Too Large",
          limit == SIGN_IN_BYTES
              ? Wording.of("api.signInTooLarge", limit)
              : Wording.of("api.bodyTooLarge", limit / (1024 * 1024)));
    } else {
      chain.doFilter(request, response);
    }
  }

  private static void refuse(
      HttpServletRequest request,
      HttpServletResponse response,
      int status,
      String title,
      String detail)
      throws IOException {
    response.setStatus(status);
    response.setHeader("Connection", "close");
    response.setCharacterEncoding("UTF-8");
    if (request.getServletPath().startsWith("/api")) {
      response.setContentType("application/problem+json");
      response
          .getWriter()
          .write(
              Json.createObjectBuilder()
                  .add("status", status)
                  .add("title", title)
                  .add("detail", detail)
                  .build()
                  .toString());
    } else {
      response.setContentType("text/plain");
      response.getWriter().write(detail);
    }
  }
}
