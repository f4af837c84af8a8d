package org.continuum.shared.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Kills a writing process at random moments, as a power cut kills a server, and checks that every
 * commit it acknowledged is in the database afterwards. Shared by the embedded (H2) and the MariaDB
 * durability tests.
 */
public final class AcknowledgedWrites {

  private final String url;
  private final String user;
  private final String password;

  public AcknowledgedWrites(String url, String user, String password) {
    this.url = url;
    this.user = user;
    this.password = password;
  }

  /** Runs the given number of kill rounds; returns how many commits were acknowledged in all. */
  public int killAndCheck(int rounds) throws Exception {
    try (Connection c = DriverManager.getConnection(url, user, password);
        Statement s = c.createStatement()) {
      s.execute("DROP TABLE IF EXISTS durability_probe");
      s.execute("CREATE TABLE durability_probe (id INT PRIMARY KEY, body VARCHAR(100) NOT NULL)");
    }
    Set<Integer> acknowledged = new HashSet<>();
    int next = 1;
    for (int round = 0; round < rounds; round++) {
      int killAfter = ThreadLocalRandom.current().nextInt(20, 400);
      Process writer =
          new ProcessBuilder(
                  System.getProperty("java.home")
                      + File.separator
                      + "bin"
                      + File.separator
                      + "java",
                  "-cp",
                  System.getProperty("java.class.path"),
                  AcknowledgedWriter.class.getName(),
                  url,
                  user,
                  password,
                  Integer.toString(next))
              .redirectError(ProcessBuilder.Redirect.DISCARD)
              .start();
      try (BufferedReader out =
          new BufferedReader(
              new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
        String line;
        int seen = 0;
        while (seen < killAfter && (line = out.readLine()) != null) {
          acknowledged.add(Integer.parseInt(line.strip()));
          seen++;
        }
        // SIGKILL: no shutdown hook, no close, no flush. What the writer printed after the last
        // line read reached nobody, as an answer lost with the server reaches no client.
        writer.destroyForcibly();
        writer.waitFor();
      }
      assertThat(acknowledged).as("round %d wrote something", round).isNotEmpty();
      Set<Integer> stored = stored();
      assertThat(stored)
          .as("every acknowledged commit survives the kill")
          .containsAll(acknowledged);
      next = stored.stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
    }
    return acknowledged.size();
  }

  private Set<Integer> stored() throws Exception {
    Set<Integer> ids = new HashSet<>();
    try (Connection c = DriverManager.getConnection(url, user, password);
        Statement s = c.createStatement();
        ResultSet rows = s.executeQuery("SELECT id FROM durability_probe")) {
      while (rows.next()) {
        ids.add(rows.getInt(1));
      }
    }
    return ids;
  }
}
