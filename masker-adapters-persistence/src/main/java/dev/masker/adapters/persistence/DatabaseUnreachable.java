package dev.masker.adapters.persistence;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

/**
 * Recognises, anywhere in a cause chain, a database that is away rather than one that refuses: a
 * connection failure or a server shutting down or out of resources (SQLSTATE classes 08, 53, 57,
 * 58), a pool that could not hand out a connection in time (Agroal says so without a SQLSTATE), a
 * connection attempt cut short, or a connection the driver gave up on. A refusal (a constraint, a
 * syntax error) always carries a SQLSTATE of another class.
 */
public final class DatabaseUnreachable {
  private static final Set<String> CLASSES = Set.of("08", "53", "57", "58");

  /**
   * The PostgreSQL driver's "something unusual happened" state, which is what a connection attempt
   * the pool cut short (its thread interrupted) comes back as.
   */
  private static final String DRIVER_UNEXPECTED = "99999";

  private DatabaseUnreachable() {}

  public static boolean isCauseOf(Throwable failure) {
    for (var t = failure; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql && unreachable(sql)) {
        return true;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }

  private static boolean unreachable(SQLException e) {
    if (e instanceof SQLRecoverableException || e instanceof SQLTransientConnectionException) {
      return true;
    }
    var state = e.getSQLState();
    return state == null
        || state.length() < 2
        || CLASSES.contains(state.substring(0, 2))
        || DRIVER_UNEXPECTED.equals(state);
  }
}
