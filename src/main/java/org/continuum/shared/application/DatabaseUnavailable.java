package org.continuum.shared.application;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/**
 * Tells a failure because the database cannot be reached (stopped, restarting, the network down, or
 * every pooled connection in use past the wait) from any other: the first is answered "temporarily
 * unavailable, try again" (503), never as an error of ours with a reference.
 */
public final class DatabaseUnavailable {

  /** IronJacamar's codes for "no connection within the blocking timeout" and "cannot get one". */
  private static final String[] POOL_CODES = {"IJ000655", "IJ000453", "IJ031084"};

  private DatabaseUnavailable() {}

  public static boolean isCause(Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SQLTransientConnectionException
          || t instanceof SQLNonTransientConnectionException
          || "org.hibernate.exception.JDBCConnectionException".equals(t.getClass().getName())
          || "com.mysql.cj.exceptions.CJCommunicationsException".equals(t.getClass().getName())) {
        return true;
      }
      // SQL state class 08 is "connection exception" in every driver
      if (t instanceof SQLException sql
          && sql.getSQLState() != null
          && sql.getSQLState().startsWith("08")) {
        return true;
      }
      // the pool's own refusals, recognised by their codes, never by text elsewhere
      if ((t instanceof jakarta.resource.ResourceException || t instanceof SQLException)
          && isPoolRefusal(t.getMessage())) {
        return true;
      }
    }
    return false;
  }

  private static boolean isPoolRefusal(String message) {
    if (message == null) {
      return false;
    }
    for (String code : POOL_CODES) {
      if (message.startsWith(code) || message.contains(": " + code)) {
        return true;
      }
    }
    return false;
  }
}
