package dev.masker.adapters.persistence.audit;

import dev.masker.domain.audit.ChainedEvent;
import dev.masker.domain.audit.EventJson;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;

/**
 * The columns of {@code session_events} the chain covers ({@link EventJson#COLUMNS}), read from a
 * row into the event's canonical JSON: the one reading of a row that appending and verifying share.
 */
final class EventColumns {
  /** The select list: the event's columns, then its chain hash. */
  static final String SELECT = String.join(", ", EventJson.COLUMNS) + ", chain_hash";

  private static final List<String> INTEGERS =
      List.of("turn", "message_index", "span_start", "span_end", "count");

  private EventColumns() {}

  /**
   * The canonical JSON of the row, with {@code seq} as given (a row being chained has none yet).
   */
  static String json(ResultSet row, long seq) throws SQLException {
    var values = new HashMap<String, Object>();
    for (var column : EventJson.COLUMNS) {
      values.put(column, value(row, column));
    }
    values.put("seq", seq);
    return EventJson.of(values);
  }

  /** The row as the chain holds it. */
  static ChainedEvent chained(ResultSet row) throws SQLException {
    long seq = row.getLong("seq");
    return new ChainedEvent(seq, row.getString("id"), json(row, seq), row.getBytes("chain_hash"));
  }

  private static Object value(ResultSet row, String column) throws SQLException {
    if (column.equals("seq")) {
      return null; // given by the caller
    }
    if (column.equals("ts")) {
      return row.getObject(column, OffsetDateTime.class).toInstant();
    }
    if (column.equals("confidence")) {
      double value = row.getDouble(column);
      return row.wasNull() ? null : value;
    }
    if (column.equals("changed_fields")) {
      var array = row.getArray(column);
      return array == null ? null : Arrays.asList((String[]) array.getArray());
    }
    if (INTEGERS.contains(column)) {
      int value = row.getInt(column);
      return row.wasNull() ? null : value;
    }
    return row.getString(column);
  }
}
