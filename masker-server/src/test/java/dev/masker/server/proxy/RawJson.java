package dev.masker.server.proxy;

/** Raw text of JSON values, for byte-for-byte comparisons that a parser would hide. */
final class RawJson {
  private RawJson() {}

  /**
   * The raw text of the value of the first member {@code name} of the top-level object of {@code
   * json} (compact JSON as the proxy writes it).
   */
  static String member(String json, String name) {
    var key = "\"" + name + "\":";
    int depth = 0;
    boolean inString = false;
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      if (inString) {
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          inString = false;
        }
        continue;
      }
      if (depth == 1 && json.startsWith(key, i)) {
        int start = i + key.length();
        return json.substring(start, end(json, start));
      }
      if (c == '"') {
        inString = true;
      } else if (c == '{' || c == '[') {
        depth++;
      } else if (c == '}' || c == ']') {
        depth--;
      }
    }
    throw new AssertionError("no member " + name + " in " + json);
  }

  /** Where the value starting at {@code start} ends (exclusive). */
  private static int end(String json, int start) {
    int depth = 0;
    boolean inString = false;
    for (int i = start; i < json.length(); i++) {
      char c = json.charAt(i);
      if (inString) {
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          inString = false;
          if (depth == 0) {
            return i + 1;
          }
        }
        continue;
      }
      if (c == '"') {
        inString = true;
      } else if (c == '{' || c == '[') {
        depth++;
      } else if (c == '}' || c == ']') {
        depth--;
        if (depth == 0) {
          return i + 1;
        }
      } else if (depth == 0 && (c == ',' || c == '}')) {
        return i;
      }
    }
    return json.length();
  }
}
