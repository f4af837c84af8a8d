package org.continuum.shared.web;

import jakarta.json.Json;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Sign-in takes a username and a password: its endpoints refuse a body larger than a few KB (413)
 * before anything reads it, and a body of unknown length (411), so nobody can make the server read
 * megabytes at the door.
 */
@WebFilter(
    filterName = "signInBodyLimit",
    urlPatterns = {"/api/v1/auth/token", "/login.xhtml", "/setup.xhtml"})
public class BodyLimit extends HttpFilter {

  private static final long serialVersionUID = 1L;

  /** The largest sign-in body taken: the login form with its view state fits many times over. */
  public static final int SIGN_IN_BYTES = 8 * 1024;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (!"POST".equals(request.getMethod())) {
      chain.doFilter(request, response);
      return;
    }
    long length = request.getContentLengthLong();
    if (length < 0) {
      refuse(request, response, 411, "Length Required", "Send the body with a Content-Length.");
    } else if (length > SIGN_IN_BYTES) {
      refuse(
          request,
          response,
          413,
          "Content Too Large",
          "A sign-in is a username and a password: at most " + SIGN_IN_BYTES + " bytes.");
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
