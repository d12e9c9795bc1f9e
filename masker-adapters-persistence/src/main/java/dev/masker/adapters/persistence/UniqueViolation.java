package dev.masker.adapters.persistence;

import java.sql.SQLException;

/** Recognises PostgreSQL's unique_violation (SQLSTATE 23505) anywhere in a cause chain. */
public final class UniqueViolation {
  private static final String SQLSTATE = "23505";

  private UniqueViolation() {}

  public static boolean isCauseOf(Throwable failure) {
    for (var t = failure; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql && SQLSTATE.equals(sql.getSQLState())) {
        return true;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }
}
