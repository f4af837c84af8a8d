package org.continuum.shared.web;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Marks the session cookie Secure when the server is reached over TLS ({@code continuum.tls=true},
 * env CONTINUUM_TLS: set it whenever users reach the server by https, directly or through a proxy).
 * Off by default, because a Secure cookie is never sent back over plain http and the embedded
 * default serves http on localhost.
 */
@WebListener
public class SessionCookieSettings implements ServletContextListener {

  private static final Logger LOG = Logger.getLogger(SessionCookieSettings.class.getName());

  @Override
  public void contextInitialized(ServletContextEvent event) {
    boolean tls =
        ConfigProvider.getConfig().getOptionalValue("continuum.tls", Boolean.class).orElse(false);
    event.getServletContext().getSessionCookieConfig().setSecure(tls);
    if (tls) {
      LOG.info("continuum.tls=true: the session cookie is Secure");
    }
  }
}
