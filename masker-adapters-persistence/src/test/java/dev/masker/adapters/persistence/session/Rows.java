package dev.masker.adapters.persistence.session;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;

/** Reads what the turn log wrote, as column-to-value maps. */
final class Rows {
  private final DataSource dataSource;

  Rows(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** The sessions of the call's agent, oldest first. */
  List<Map<String, Object>> sessions(Call call) {
    return query(
        "select * from sessions where agent_id = ? order by started_at, id", call.agent().value());
  }

  /** The one session of a named call. */
  Map<String, Object> session(Call call) {
    var rows = sessions(call);
    if (rows.size() != 1) {
      throw new AssertionError("expected one session of " + call + ", found " + rows.size());
    }
    return rows.get(0);
  }

  List<Map<String, Object>> turns(Object sessionId) {
    return query("select * from turns where session_id = ? order by turn", sessionId);
  }

  List<Map<String, Object>> events(Object sessionId) {
    return query("select * from session_events where session_id = ? order by ts, id", sessionId);
  }

  /** A session's redactions_by_kind, as kind to count. */
  Map<String, Long> redactionsByKind(Object sessionId) {
    var counts = new TreeMap<String, Long>();
    for (var row :
        query(
            "select key, value::bigint as count from sessions, jsonb_each_text(redactions_by_kind)"
                + " where id = ?",
            sessionId)) {
      counts.put((String) row.get("key"), (Long) row.get("count"));
    }
    return counts;
  }

  List<Map<String, Object>> query(String sql, Object... parameters) {
    try (var connection = dataSource.getConnection();
        var select = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        select.setObject(i + 1, parameters[i]);
      }
      try (var rows = select.executeQuery()) {
        var meta = rows.getMetaData();
        var result = new ArrayList<Map<String, Object>>();
        while (rows.next()) {
          var row = new LinkedHashMap<String, Object>();
          for (int column = 1; column <= meta.getColumnCount(); column++) {
            row.put(
                meta.getColumnName(column), value(rows, column, meta.getColumnTypeName(column)));
          }
          result.add(row);
        }
        return result;
      }
    } catch (SQLException e) {
      throw new AssertionError("cannot read the turn log tables", e);
    }
  }

  /** Timestamps as instants, jsonb as its text, the rest as the driver gives them. */
  private static Object value(ResultSet rows, int column, String type) throws SQLException {
    switch (type) {
      case "timestamptz":
        var time = rows.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.toInstant();
      case "jsonb":
        return rows.getString(column);
      default:
        return rows.getObject(column);
    }
  }
}
