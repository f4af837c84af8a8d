package org.continuum.testclient;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts the {@link DatabaseProxy} before the first test, so the managed server, which the MariaDB
 * run points at the relay, finds its database there from its first connection. Nothing on the
 * embedded database (no it.db.proxy property).
 */
public class DatabaseProxySession implements LauncherSessionListener {

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    String spec = System.getProperty("it.db.proxy", "");
    if (spec.isBlank()) {
      return;
    }
    try {
      DatabaseProxy.start(spec);
    } catch (IOException e) {
      throw new UncheckedIOException("could not start the database relay " + spec, e);
    }
  }
}
