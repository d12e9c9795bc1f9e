package dev.masker.adapters.persistence.session;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/** The column values of a native query on the session tables, as Java values. */
final class SessionColumns {
  /** One {@code "KIND": count} of a {@code redactions_by_kind} object as PostgreSQL writes it. */
  private static final Pattern COUNT = Pattern.compile("\"([A-Z][A-Z_]{0,31})\": ?(\\d{1,18})");

  private SessionColumns() {}

  static Instant instant(Object value) {
    if (value instanceof Instant instant) {
      return instant;
    }
    if (value instanceof OffsetDateTime time) {
      return time.toInstant();
    }
    if (value instanceof ZonedDateTime time) {
      return time.toInstant();
    }
    if (value instanceof Timestamp timestamp) {
      return timestamp.toInstant();
    }
    throw new IllegalStateException("not a timestamp column: " + typeOf(value));
  }

  static int integer(Object value) {
    return ((Number) value).intValue();
  }

  static Integer nullableInteger(Object value) {
    return value == null ? null : ((Number) value).intValue();
  }

  static Double nullableDouble(Object value) {
    return value == null ? null : ((Number) value).doubleValue();
  }

  static long longValue(Object value) {
    return ((Number) value).longValue();
  }

  /**
   * A {@code {"KIND": count}} object of the {@code sessions} table (its keys are entity kind names,
   * its values counts), in key order.
   */
  static Map<String, Long> counts(String json) {
    var counts = new LinkedHashMap<String, Long>();
    var body = json.strip();
    if (!body.startsWith("{") || !body.endsWith("}")) {
      throw new IllegalStateException("redactions_by_kind is not an object");
    }
    var inner = body.substring(1, body.length() - 1).strip();
    if (inner.isEmpty()) {
      return counts;
    }
    for (var entry : inner.split(",")) {
      var matcher = COUNT.matcher(entry.strip());
      if (!matcher.matches()) {
        // Never quote the column: it is ours, but an error message is no place for stored data.
        throw new IllegalStateException("redactions_by_kind holds an unexpected entry");
      }
      counts.put(matcher.group(1), Long.parseLong(matcher.group(2)));
    }
    return counts;
  }

  private static String typeOf(Object value) {
    return value == null ? "null" : value.getClass().getName();
  }
}
