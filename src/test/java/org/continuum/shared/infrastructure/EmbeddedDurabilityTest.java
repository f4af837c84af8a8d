package org.continuum.shared.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded default keeps what it acknowledged when the server process dies at any moment: the
 * settings the server's datasource uses (read from config/server.cli, so the test follows them) are
 * opened by a writer process that is killed mid-stream, three times.
 */
class EmbeddedDurabilityTest {

  private static final Pattern DEFAULT_URL =
      Pattern.compile("jdbc:h2:\\$\\{jboss\\.server\\.data\\.dir}/continuum/continuum(;[^}\"]*)");

  @Test
  void everyCommitTheEmbeddedDatabaseAcknowledgedSurvivesAKill(@TempDir Path data)
      throws Exception {
    String settings = serverSettings();
    assertThat(settings).contains("WRITE_DELAY=0");
    String url = "jdbc:h2:" + data.resolve("continuum").toAbsolutePath() + settings;
    int acknowledged = new AcknowledgedWrites(url, "sa", "sa").killAndCheck(3);
    assertThat(acknowledged).isGreaterThan(3);
  }

  /** The H2 settings of the server's default datasource URL. */
  static String serverSettings() throws Exception {
    Matcher m = DEFAULT_URL.matcher(Files.readString(Path.of("config/server.cli")));
    assertThat(m.find()).as("server.cli names the default H2 URL").isTrue();
    return m.group(1);
  }
}
