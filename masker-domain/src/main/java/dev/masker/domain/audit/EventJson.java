package dev.masker.domain.audit;

import dev.masker.domain.json.CanonicalJson;
import dev.masker.domain.json.JsonArray;
import dev.masker.domain.json.JsonNumber;
import dev.masker.domain.json.JsonObject;
import dev.masker.domain.json.JsonString;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/**
 * The canonical JSON of one audit event, the text its chain hash covers (docs/audit.md): one member
 * per stored column of the event that holds a value, named as the column; a column without a value
 * (SQL null) is left out. Strings as stored; integers in decimal; {@code ts} as {@code
 * yyyy-MM-ddTHH:mm:ss.ffffffZ} in UTC, always six fractional digits (the microseconds PostgreSQL
 * keeps); {@code confidence} as a plain decimal of at most six fractional digits without trailing
 * zeros ({@code 0.85}, {@code 1}, {@code 0.000125}: what a JSON reader writes back the same);
 * {@code changed_fields} as an array of strings in stored order. Keys sorted, no whitespace ({@link
 * CanonicalJson}).
 */
public final class EventJson {
  /** Every column the JSON may hold, in the order of the table. */
  public static final List<String> COLUMNS =
      List.of(
          "id",
          "seq",
          "account_id",
          "agent_id",
          "session_id",
          "kind",
          "ts",
          "turn",
          "message_index",
          "field",
          "pass",
          "span_start",
          "span_end",
          "confidence",
          "action",
          "entity_kind",
          "token_kind",
          "kid",
          "reason",
          "count",
          "actor_id",
          "changed_fields");

  /** The digits {@code confidence} keeps: the turn log stores it rounded so. */
  public static final int CONFIDENCE_SCALE = 6;

  private static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

  private EventJson() {}

  /**
   * The canonical JSON of the event whose columns hold {@code values} (column name to a {@link
   * String}, {@link Integer}, {@link Long}, {@link Double}, {@link Instant} or list of strings; a
   * missing or null value is left out).
   *
   * @throws IllegalArgumentException for a column not in {@link #COLUMNS} or a value of another
   *     type
   */
  public static String of(Map<String, ?> values) {
    var json = new JsonObject();
    for (var entry : values.entrySet()) {
      var column = entry.getKey();
      if (!COLUMNS.contains(column)) {
        throw new IllegalArgumentException("not an event column: " + column);
      }
      var value = entry.getValue();
      if (value == null) {
        continue;
      }
      if (value instanceof String text) {
        json.put(column, new JsonString(text));
      } else if (value instanceof Integer || value instanceof Long) {
        json.put(column, new JsonNumber(value.toString()));
      } else if (value instanceof Double number) {
        json.put(column, new JsonNumber(decimal(number)));
      } else if (value instanceof Instant instant) {
        json.put(column, new JsonString(timestamp(instant)));
      } else if (value instanceof List<?> list) {
        var array = new JsonArray();
        list.forEach(item -> array.add(new JsonString((String) item)));
        json.put(column, array);
      } else {
        throw new IllegalArgumentException("a value of column " + column + " has no JSON form");
      }
    }
    return CanonicalJson.write(json);
  }

  /** An instant as the event JSON writes it: UTC, microseconds, six digits always. */
  public static String timestamp(Instant instant) {
    return TIMESTAMP.format(instant.truncatedTo(ChronoUnit.MICROS));
  }

  /**
   * A number between 0 and 1 as the event JSON writes it: rounded half-even to six fractional
   * digits, trailing zeros and a trailing point dropped, never an exponent.
   */
  public static String decimal(double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("not a finite number");
    }
    var text =
        new BigDecimal(value)
            .setScale(CONFIDENCE_SCALE, RoundingMode.HALF_EVEN)
            .stripTrailingZeros()
            .toPlainString();
    return text.equals("-0") ? "0" : text;
  }

  /** {@code value} rounded as {@link #decimal} writes it, so that the stored number is the text. */
  public static double rounded(double value) {
    return Double.parseDouble(decimal(value));
  }
}
