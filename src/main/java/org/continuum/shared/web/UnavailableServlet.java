package org.continuum.shared.web;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Where a page sends the browser while the database does not answer: a 503 that says so. */
@WebServlet(urlPatterns = "/unavailable")
public class UnavailableServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  /** Any method: a form posted when the database went away arrives here as an error dispatch. */
  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    UnavailableResponse.write(request, response);
  }
}
