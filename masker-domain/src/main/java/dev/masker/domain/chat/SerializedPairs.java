package dev.masker.domain.chat;

import java.util.regex.Pattern;

/**
 * A record PHP serialized ({@code a:2:{s:4:"last";s:11:"Quarrendale";…}}) read as the JSON members
 * it holds ({@code "last":"Quarrendale",…}), only to learn from (ADR 32): a length prefix keeps a
 * label apart from its value, so no reader of labelled values pairs them. What the members yield is
 * then masked where it is by the known-value search. A text without {@code s:} and a digit pays one
 * scan.
 */
final class SerializedPairs {
  /** The longest text read. */
  static final int MAX_LENGTH = 20_000;

  /** A string key, then a string or an integer value. */
  private static final Pattern PAIR =
      Pattern.compile("s:\\d{1,4}:\"([^\"]{1,64})\";(?:s:\\d{1,5}:\"([^\"]*)\"|i:(-?\\d{1,19}));");

  private SerializedPairs() {}

  /** The pairs as JSON members, or null when the text holds none. */
  static String of(String text) {
    if (text.length() > MAX_LENGTH || !mayHold(text)) {
      return null;
    }
    var m = PAIR.matcher(text);
    StringBuilder out = null;
    while (m.find()) {
      if (out == null) {
        out = new StringBuilder(text.length()).append('{');
      } else {
        out.append(',');
      }
      var value = m.group(2) != null ? m.group(2) : m.group(3);
      out.append('"').append(m.group(1)).append("\":\"").append(value).append('"');
    }
    return out == null ? null : out.append('}').toString();
  }

  private static boolean mayHold(String text) {
    for (int at = text.indexOf("s:"); at >= 0; at = text.indexOf("s:", at + 2)) {
      if (at + 2 < text.length() && Character.isDigit(text.charAt(at + 2))) {
        return true;
      }
    }
    return false;
  }
}
