package dev.masker.domain.json;

import java.util.Objects;

/**
 * Reads a JSON text (RFC 8259) into a {@link Json} tree: one recursive-descent pass over the
 * string, no regular expressions, strings without escapes taken as substrings. Nesting deeper than
 * 512 levels of objects and arrays is refused. Errors are {@link JsonSyntaxException}s that name an
 * offset and what was expected, never the text.
 */
public final class JsonParser {
  /** The deepest nesting of objects and arrays that is accepted. */
  static final int MAX_DEPTH = 512;

  private final String text;
  private final int len;
  private int pos;
  private int depth;
  private StringBuilder unescaped;

  private final boolean wholeCharacters;

  private JsonParser(String text, boolean wholeCharacters) {
    this.text = Objects.requireNonNull(text, "text");
    this.len = text.length();
    this.wholeCharacters = wholeCharacters;
  }

  /**
   * The one JSON value of {@code text}; whitespace around it is allowed.
   *
   * @throws JsonSyntaxException when the text is not exactly one JSON value
   */
  public static Json parse(String text) {
    var parser = new JsonParser(text, false);
    parser.skipWhitespace();
    return parser.parseWhole();
  }

  /**
   * The JSON object of {@code text}; whitespace around it is allowed.
   *
   * @throws JsonSyntaxException when the text is not exactly one JSON object
   */
  public static JsonObject parseObject(String text) {
    return parseObject(text, false);
  }

  /**
   * Like {@link #parseObject(String)}, also refusing strings with a lone UTF-16 surrogate half (raw
   * or escaped): no character at all, which each reader turns into something else (a '?', a U+FFFD,
   * an error), so what Masker reads would not be what the next reader gets. For requests; a
   * streamed answer may split one character's escapes between two chunks.
   *
   * @throws JsonSyntaxException when the text is not exactly one JSON object of whole characters
   */
  public static JsonObject parseWholeObject(String text) {
    return parseObject(text, true);
  }

  /** {@link #parse(String)} with the check of {@link #parseWholeObject(String)}. */
  public static Json parseWhole(String text) {
    var parser = new JsonParser(text, true);
    parser.skipWhitespace();
    return parser.parseWhole();
  }

  private static JsonObject parseObject(String text, boolean wholeCharacters) {
    var parser = new JsonParser(text, wholeCharacters);
    parser.skipWhitespace();
    if (parser.pos >= parser.len || text.charAt(parser.pos) != '{') {
      throw new JsonSyntaxException("expected a JSON object", parser.pos);
    }
    return (JsonObject) parser.parseWhole();
  }

  private Json parseWhole() {
    Json value = parseValue();
    skipWhitespace();
    if (pos < len) {
      throw new JsonSyntaxException("expected end of input", pos);
    }
    return value;
  }

  /** A value that starts at {@code pos}, after whitespace. */
  private Json parseValue() {
    if (pos >= len) {
      throw new JsonSyntaxException("expected a JSON value", pos);
    }
    char c = text.charAt(pos);
    switch (c) {
      case '"':
        return new JsonString(parseString());
      case '{':
        return parseObject();
      case '[':
        return parseArray();
      case 't':
        literal("true");
        return JsonBoolean.TRUE;
      case 'f':
        literal("false");
        return JsonBoolean.FALSE;
      case 'n':
        literal("null");
        return JsonNull.NULL;
      default:
        if (c == '-' || (c >= '0' && c <= '9')) {
          return parseNumber();
        }
        throw new JsonSyntaxException("expected a JSON value", pos);
    }
  }

  private JsonObject parseObject() {
    enter();
    pos++;
    skipWhitespace();
    var object = new JsonObject();
    if (pos < len && text.charAt(pos) == '}') {
      pos++;
      depth--;
      return object;
    }
    while (true) {
      if (pos >= len || text.charAt(pos) != '"') {
        throw new JsonSyntaxException(
            object.size() == 0 ? "expected a string key or '}'" : "expected a string key", pos);
      }
      int keyAt = pos;
      String key = parseString();
      if (object.has(key)) {
        // Parsers disagree on which duplicate wins: a document must mean one thing to everyone.
        throw new JsonSyntaxException("duplicate key", keyAt);
      }
      skipWhitespace();
      if (pos >= len || text.charAt(pos) != ':') {
        throw new JsonSyntaxException("expected ':'", pos);
      }
      pos++;
      skipWhitespace();
      object.put(key, parseValue());
      skipWhitespace();
      char c = pos < len ? text.charAt(pos) : 0;
      if (c == ',') {
        pos++;
        skipWhitespace();
      } else if (c == '}') {
        pos++;
        depth--;
        return object;
      } else {
        throw new JsonSyntaxException("expected ',' or '}'", pos);
      }
    }
  }

  private JsonArray parseArray() {
    enter();
    pos++;
    skipWhitespace();
    var array = new JsonArray();
    if (pos < len && text.charAt(pos) == ']') {
      pos++;
      depth--;
      return array;
    }
    while (true) {
      array.add(parseValue());
      skipWhitespace();
      char c = pos < len ? text.charAt(pos) : 0;
      if (c == ',') {
        pos++;
        skipWhitespace();
      } else if (c == ']') {
        pos++;
        depth--;
        return array;
      } else {
        throw new JsonSyntaxException("expected ',' or ']'", pos);
      }
    }
  }

  private void enter() {
    if (++depth > MAX_DEPTH) {
      throw new JsonSyntaxException("nesting deeper than " + MAX_DEPTH + " levels", pos);
    }
  }

  /** The string that starts with the quote at {@code pos}, unescaped; {@code pos} moves past it. */
  private String parseString() {
    int start = pos + 1;
    for (int i = start; i < len; i++) {
      char c = text.charAt(i);
      if (c == '"') {
        pos = i + 1;
        return text.substring(start, i);
      }
      if (c == '\\') {
        return parseEscapedString(start, i);
      }
      if (c < 0x20) {
        throw new JsonSyntaxException("expected an escape for a control character", i);
      }
      if (wholeCharacters && Character.isSurrogate(c)) {
        if (Character.isHighSurrogate(c) && i + 1 < len && text.charAt(i + 1) == '\\') {
          // Its low half may come as an escape: the decoded string is checked instead.
          return parseEscapedString(start, i + 1);
        }
        i = surrogatePair(text, i, i);
      }
    }
    throw new JsonSyntaxException("expected '\"' to close the string", len);
  }

  /** The rest of a string from its first escape at {@code i}: plain runs are copied in bulk. */
  private String parseEscapedString(int start, int i) {
    StringBuilder out = unescaped == null ? (unescaped = new StringBuilder(64)) : unescaped;
    out.setLength(0);
    out.append(text, start, i);
    int run = i;
    while (i < len) {
      char c = text.charAt(i);
      if (c == '"') {
        out.append(text, run, i);
        for (int k = 0; wholeCharacters && k < out.length(); k++) {
          if (Character.isSurrogate(out.charAt(k))) {
            k = surrogatePair(out, k, start);
          }
        }
        pos = i + 1;
        return out.toString();
      }
      if (c == '\\') {
        out.append(text, run, i);
        i = unescape(i, out);
        run = i;
      } else if (c < 0x20) {
        throw new JsonSyntaxException("expected an escape for a control character", i);
      } else {
        i++;
      }
    }
    throw new JsonSyntaxException("expected '\"' to close the string", len);
  }

  /**
   * Checks that the surrogate at {@code i} of {@code chars} starts a pair; returns the index of its
   * low half. A lone half is no character at all: each reader would turn it into something else (a
   * '?', a U+FFFD, an error). {@code offset} is the input offset an error names.
   */
  private static int surrogatePair(CharSequence chars, int i, int offset) {
    if (Character.isHighSurrogate(chars.charAt(i))
        && i + 1 < chars.length()
        && Character.isLowSurrogate(chars.charAt(i + 1))) {
      return i + 1;
    }
    throw new JsonSyntaxException("expected a whole surrogate pair", offset);
  }

  /** Appends the escape whose backslash is at {@code i}; returns the offset after it. */
  private int unescape(int i, StringBuilder out) {
    if (i + 1 >= len) {
      throw new JsonSyntaxException("expected an escape character", i + 1);
    }
    char c = text.charAt(i + 1);
    switch (c) {
      case '"':
      case '\\':
      case '/':
        out.append(c);
        return i + 2;
      case 'b':
        out.append('\b');
        return i + 2;
      case 'f':
        out.append('\f');
        return i + 2;
      case 'n':
        out.append('\n');
        return i + 2;
      case 'r':
        out.append('\r');
        return i + 2;
      case 't':
        out.append('\t');
        return i + 2;
      case 'u':
        out.append(hexChar(i + 2));
        return i + 6;
      default:
        throw new JsonSyntaxException("expected an escape character", i + 1);
    }
  }

  /** The char of the four hex digits at {@code i} (a surrogate half is checked with its string). */
  private char hexChar(int i) {
    int code = 0;
    for (int k = i; k < i + 4; k++) {
      int digit = k < len ? hexDigit(text.charAt(k)) : -1;
      if (digit < 0) {
        throw new JsonSyntaxException("expected a hex digit", k);
      }
      code = (code << 4) | digit;
    }
    return (char) code;
  }

  private static int hexDigit(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
      return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
      return c - 'A' + 10;
    }
    return -1;
  }

  private JsonNumber parseNumber() {
    int end = JsonNumber.end(text, pos);
    if (end < 0) {
      throw new JsonSyntaxException("expected a digit", ~end);
    }
    var number = new JsonNumber(text.substring(pos, end));
    pos = end;
    return number;
  }

  private void literal(String word) {
    if (!text.startsWith(word, pos)) {
      throw new JsonSyntaxException("expected '" + word + "'", pos);
    }
    pos += word.length();
  }

  private void skipWhitespace() {
    while (pos < len) {
      char c = text.charAt(pos);
      if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
        return;
      }
      pos++;
    }
  }
}
