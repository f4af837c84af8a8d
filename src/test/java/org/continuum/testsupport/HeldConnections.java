package org.continuum.testsupport;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Takes every connection of the application's pool and keeps it, so a test sees what a request does
 * when none is free; gives them all back on request, or by itself after a while so a failed test
 * cannot starve the rest of the run.
 */
@ApplicationScoped
public class HeldConnections {

  @Resource(lookup = "java:jboss/datasources/ContinuumDS")
  DataSource dataSource;

  private final List<Connection> held = new ArrayList<>();

  /** Takes connections until the pool refuses one (after its wait); returns how many are held. */
  public synchronized int holdAll(long releaseAfterSeconds) {
    while (true) {
      try {
        held.add(dataSource.getConnection());
      } catch (SQLException poolExhausted) {
        break;
      }
    }
    Thread releaser =
        new Thread(
            () -> {
              try {
                Thread.sleep(releaseAfterSeconds * 1000);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              releaseAll();
            },
            "held-connections-release");
    releaser.setDaemon(true);
    releaser.start();
    return held.size();
  }

  public synchronized int releaseAll() {
    int released = held.size();
    for (Connection c : held) {
      try {
        c.close();
      } catch (SQLException e) {
        // gone already
      }
    }
    held.clear();
    return released;
  }
}
