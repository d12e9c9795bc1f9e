package dev.masker.domain.json;

import java.util.ArrayList;
import java.util.Map;

/**
 * Writes a {@link Json} tree as the canonical JSON that Masker hashes and signs (the audit chain
 * and the reports, SPEC §8): no insignificant whitespace, object keys sorted by their UTF-16 code
 * units at every depth, strings escaped as {@link JsonWriter} escapes them, numbers as their text.
 * The same tree always gives the same bytes (UTF-8), so anyone holding the tree can recompute them.
 *
 * <p>Numbers are written as given: a writer that hashes a tree builds its numbers in one form
 * (integers in decimal, no exponent, no leading zeros), so that a reader parsing the JSON and
 * writing it back gets the same text.
 */
public final class CanonicalJson {
  private CanonicalJson() {}

  public static String write(Json value) {
    var out = new StringBuilder(256);
    write(value, out, 0);
    return out.toString();
  }

  private static void write(Json value, StringBuilder out, int depth) {
    if (value instanceof JsonObject object) {
      JsonWriter.checkDepth(depth);
      var members = new ArrayList<Map.Entry<String, Json>>();
      object.entries().forEach(members::add);
      members.sort(Map.Entry.comparingByKey());
      out.append('{');
      for (int i = 0; i < members.size(); i++) {
        if (i > 0) {
          out.append(',');
        }
        JsonWriter.writeString(members.get(i).getKey(), out);
        out.append(':');
        write(members.get(i).getValue(), out, depth + 1);
      }
      out.append('}');
    } else if (value instanceof JsonArray array) {
      JsonWriter.checkDepth(depth);
      out.append('[');
      for (int i = 0, n = array.size(); i < n; i++) {
        if (i > 0) {
          out.append(',');
        }
        write(array.get(i), out, depth + 1);
      }
      out.append(']');
    } else {
      JsonWriter.write(value, out);
    }
  }
}
