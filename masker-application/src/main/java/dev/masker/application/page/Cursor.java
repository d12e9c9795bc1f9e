package dev.masker.application.page;

import dev.masker.domain.common.InvalidValue;
import dev.masker.domain.common.Sha256;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/**
 * The opaque {@code cursor} of list endpoints: which list and filter it belongs to, and the keyset
 * of the last row served. A cursor is refused for any other list or filter.
 */
public record Cursor(String list, String filterDigest, Keyset after) {
  private static final String VERSION = "c1";
  private static final String SEPARATOR = "|";

  /** A cursor continuing {@code list}, filtered by {@code filter}, after {@code after}. */
  public static Cursor of(String list, String filter, Keyset after) {
    return new Cursor(list, digestOf(filter), after);
  }

  public String encode() {
    var text =
        String.join(
            SEPARATOR, VERSION, list, filterDigest, after.createdAt().toString(), after.id());
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Reads a cursor issued for {@code list} with {@code filter}.
   *
   * @throws InvalidValue when it cannot be read, or was issued for another list or filter
   */
  public static Cursor decode(String encoded, String list, String filter) {
    String[] parts;
    try {
      var text = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8);
      parts = text.split("\\|", -1);
    } catch (IllegalArgumentException e) {
      throw invalid();
    }
    if (parts.length != 5 || !parts[0].equals(VERSION)) {
      throw invalid();
    }
    if (!parts[1].equals(list) || !parts[2].equals(digestOf(filter))) {
      throw new InvalidValue("cursor", "was issued for another list or filter");
    }
    try {
      var createdAt = Instant.parse(parts[3]);
      if (parts[4].isEmpty()) {
        throw invalid();
      }
      return new Cursor(parts[1], parts[2], new Keyset(createdAt, parts[4]));
    } catch (java.time.DateTimeException e) {
      throw invalid();
    }
  }

  private static String digestOf(String filter) {
    return Sha256.hex(filter == null ? "" : filter).substring(0, 16);
  }

  private static InvalidValue invalid() {
    return new InvalidValue("cursor", "is not a valid cursor");
  }
}
