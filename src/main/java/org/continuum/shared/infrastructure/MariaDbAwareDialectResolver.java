package org.continuum.shared.infrastructure;

import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.dialect.DatabaseVersion;
import org.hibernate.dialect.Dialect;
import org.hibernate.dialect.MariaDBDialect;
import org.hibernate.engine.jdbc.dialect.spi.DialectResolutionInfo;
import org.hibernate.engine.jdbc.dialect.spi.DialectResolver;

/**
 * MariaDB reached through MySQL Connector/J reports itself as "MySQL 5.5.5-10.11.x-MariaDB", and
 * Hibernate would pick an outdated MySQL dialect. This resolver recognises MariaDB from the version
 * string and picks the MariaDB dialect with the real version; everything else falls through to
 * Hibernate's own detection. No configuration variable needed.
 */
public class MariaDbAwareDialectResolver implements DialectResolver {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(MariaDbAwareDialectResolver.class.getName());

  private static final Pattern MARIADB_VERSION =
      Pattern.compile("(?:5\\.5\\.5-)?(\\d+)\\.(\\d+).*");

  @Override
  public Dialect resolveDialect(DialectResolutionInfo info) {
    String version = info.getDatabaseVersion();
    if (!"MySQL".equalsIgnoreCase(info.getDatabaseName())
        || version == null
        || !version.contains("MariaDB")) {
      return null;
    }
    Matcher matcher = MARIADB_VERSION.matcher(version);
    LOG.info(() -> "MariaDB " + version + " behind MySQL Connector/J: using the MariaDB dialect");
    if (!matcher.matches()) {
      return new MariaDBDialect();
    }
    return new MariaDBDialect(
        DatabaseVersion.make(
            Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2))));
  }
}
