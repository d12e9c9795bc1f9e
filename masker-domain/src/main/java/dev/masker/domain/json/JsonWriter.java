package dev.masker.domain.json;

import java.util.Map;

/**
 * Writes a {@link Json} tree as compact JSON: no spaces, no newlines, numbers verbatim, object keys
 * in their order. Strings escape {@code "}, {@code \}, control characters, U+2028, U+2029 and lone
 * surrogates; everything else (non-ASCII, emoji) is written as it is.
 */
public final class JsonWriter {
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private JsonWriter() {}

  public static String write(Json value) {
    var out = new StringBuilder(256);
    write(value, out);
    return out.toString();
  }

  /**
   * Appends {@code value} to {@code out}.
   *
   * @throws IllegalArgumentException when objects and arrays nest deeper than the parser accepts
   *     (which a tree that contains itself does)
   */
  public static void write(Json value, StringBuilder out) {
    write(value, out, 0);
  }

  private static void write(Json value, StringBuilder out, int depth) {
    if (value instanceof JsonString s) {
      writeString(s.value(), out);
    } else if (value instanceof JsonObject object) {
      checkDepth(depth);
      out.append('{');
      boolean first = true;
      for (Map.Entry<String, Json> member : object.entries()) {
        if (!first) {
          out.append(',');
        }
        first = false;
        writeString(member.getKey(), out);
        out.append(':');
        write(member.getValue(), out, depth + 1);
      }
      out.append('}');
    } else if (value instanceof JsonArray array) {
      checkDepth(depth);
      out.append('[');
      for (int i = 0, n = array.size(); i < n; i++) {
        if (i > 0) {
          out.append(',');
        }
        write(array.get(i), out, depth + 1);
      }
      out.append(']');
    } else if (value instanceof JsonNumber n) {
      out.append(n.text());
    } else if (value instanceof JsonBoolean b) {
      out.append(b.value() ? "true" : "false");
    } else if (value == JsonNull.NULL) {
      out.append("null");
    } else {
      throw new NullPointerException("a null value where a Json was expected; use JsonNull.NULL");
    }
  }

  static void checkDepth(int depth) {
    if (depth >= JsonParser.MAX_DEPTH) {
      throw new IllegalArgumentException("nesting deeper than " + JsonParser.MAX_DEPTH + " levels");
    }
  }

  /** Appends {@code s} as a JSON string literal, quotes included. */
  public static void writeString(String s, StringBuilder out) {
    out.append('"');
    int run = 0;
    for (int i = 0, n = s.length(); i < n; i++) {
      char c = s.charAt(i);
      if (c < 0x2028) {
        if (c >= 0x20 && c != '"' && c != '\\') {
          continue;
        }
      } else if (c > 0x2029 && !Character.isSurrogate(c)) {
        continue;
      } else if (Character.isHighSurrogate(c)
          && i + 1 < n
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++;
        continue;
      }
      out.append(s, run, i);
      escape(c, out);
      run = i + 1;
    }
    out.append(s, run, s.length());
    out.append('"');
  }

  private static void escape(char c, StringBuilder out) {
    switch (c) {
      case '"' -> out.append("\\\"");
      case '\\' -> out.append("\\\\");
      case '\b' -> out.append("\\b");
      case '\f' -> out.append("\\f");
      case '\n' -> out.append("\\n");
      case '\r' -> out.append("\\r");
      case '\t' -> out.append("\\t");
      default ->
          out.append("\\u")
              .append(HEX[c >> 12])
              .append(HEX[(c >> 8) & 0xf])
              .append(HEX[(c >> 4) & 0xf])
              .append(HEX[c & 0xf]);
    }
  }
}
