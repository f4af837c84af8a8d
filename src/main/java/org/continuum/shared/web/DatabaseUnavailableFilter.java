package org.continuum.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Logger;
import org.continuum.shared.application.DatabaseUnavailable;

/**
 * Whatever a request was doing when the database stopped answering, it ends in a quick 503 that
 * says so, rather than the error page (which would try the database again) or a stack trace.
 */
@WebFilter(filterName = "databaseUnavailable", urlPatterns = "/*")
public class DatabaseUnavailableFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(DatabaseUnavailableFilter.class.getName());

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    try {
      chain.doFilter(request, response);
    } catch (IOException | ServletException | RuntimeException thrown) {
      if (!DatabaseUnavailable.isCause(thrown) || response.isCommitted()) {
        throw thrown;
      }
      LOG.warning(() -> "Database unavailable, answered 503: " + thrown);
      UnavailableResponse.write(request, response);
    }
  }
}
