package org.continuum.shared.infrastructure;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;

/**
 * Run in a process of its own by the durability tests: inserts numbered rows one commit at a time
 * and prints each number only once its commit has returned, as a server acknowledges a save. The
 * test kills the process at a moment of its choosing and looks for every number printed.
 */
public final class AcknowledgedWriter {

  private AcknowledgedWriter() {}

  public static void main(String[] args) throws Exception {
    String url = args[0];
    String user = args[1];
    String password = args[2];
    int first = Integer.parseInt(args[3]);
    try (Connection c = DriverManager.getConnection(url, user, password)) {
      c.setAutoCommit(false);
      try (PreparedStatement insert =
          c.prepareStatement("INSERT INTO durability_probe (id, body) VALUES (?, ?)")) {
        for (int id = first; ; id++) {
          insert.setInt(1, id);
          insert.setString(2, "acknowledged entry " + id);
          insert.executeUpdate();
          c.commit();
          System.out.println(id);
          System.out.flush();
        }
      }
    }
  }
}
