package org.continuum.shared.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.continuum.shared.domain.DatabaseStatus;

/** Asks the database whether it answers, for the health check. */
@ApplicationScoped
public class DatabaseProbe implements DatabaseStatus {

  @Resource(lookup = "java:jboss/datasources/ContinuumDS")
  DataSource dataSource;

  @Override
  public boolean answers() {
    try (Connection connection = dataSource.getConnection()) {
      return connection.isValid(2);
    } catch (SQLException e) {
      return false;
    }
  }
}
