package dev.masker.domain.chat;

import dev.masker.domain.json.Json;
import dev.masker.domain.json.JsonArray;
import dev.masker.domain.json.JsonNull;
import dev.masker.domain.json.JsonObject;
import dev.masker.domain.json.JsonString;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The checks a request field must pass to be read; a failed one refuses the request ({@link
 * Refused}, caught by {@link RequestFields#read}) with the field's JSON path.
 */
final class FieldCheck {
  /** A name or keyword: letters, digits, '_' and '-', at most 64. */
  private static final Pattern WORD = Pattern.compile("[A-Za-z0-9_\\-]{1,64}");

  private FieldCheck() {}

  /** A field that is refused: where, and why. Thrown inside the reading only. */
  static final class Refused extends RuntimeException {
    final String path;
    final String reason;

    Refused(String path, String reason) {
      super(null, null, false, false);
      // Keys are the caller's text: the path is shown short and without control characters.
      var shown = path.length() > 200 ? path.substring(0, 200) + "…" : path;
      this.path = shown.replaceAll("\\p{Cntrl}", "?");
      this.reason = reason;
    }
  }

  static JsonObject object(Json value, String path) {
    if (!(value instanceof JsonObject object)) {
      throw new Refused(path, "must be an object");
    }
    return object;
  }

  static void onlyKeys(JsonObject object, String path, String... keys) {
    var known = Set.of(keys);
    for (var key : object.entries()) {
      if (!known.contains(key.getKey())) {
        throw unknown(path, key.getKey(), "is not a field Masker knows here");
      }
    }
  }

  /** The shape of a field's name: snake_case or camelCase ASCII letters, lower case first. */
  private static final Pattern FIELD_NAME = Pattern.compile("[a-z]+(?:_[a-z]+|[A-Z][a-z]*)*");

  /**
   * The refusal of an unknown key of the object at {@code path} (the body when it is empty). The
   * key is the caller's text: it is quoted only when it has the shape of a field's name ({@code
   * patient_phone}, {@code cache_control}, {@code phoneNumber}); a key of another shape (a surname
   * in capitals, a phone, {@code Kolvathorne_72049516}) may be the personal data itself, and an
   * error body is read by the platform's logs, so the path stops at its object (ADR 36).
   */
  static Refused unknown(String path, String key, String reason) {
    if (key.length() <= 64 && FIELD_NAME.matcher(key).matches()) {
      return new Refused(path.isEmpty() ? key : path + "." + key, reason);
    }
    return new Refused(
        path.isEmpty() ? "(body)" : path,
        "holds a field Masker does not know, whose name is not quoted: it may be personal data");
  }

  static void expectString(Json value, String path) {
    expect(value instanceof JsonString, path, "must be a string");
  }

  static void expect(boolean ok, String path, String reason) {
    if (!ok) {
      throw new Refused(path, reason);
    }
  }

  static boolean isWord(Json value) {
    return value instanceof JsonString s && WORD.matcher(s.value()).matches();
  }

  /** Strings that are names or keywords only ("auto", a function's name), any nesting. */
  static boolean onlyWords(Json value) {
    if (value instanceof JsonString) {
      return isWord(value);
    }
    if (value instanceof JsonObject object) {
      for (var entry : object.entries()) {
        if (!onlyWords(entry.getValue())) {
          return false;
        }
      }
      return true;
    }
    if (value instanceof JsonArray array) {
      for (var item : array) {
        if (!onlyWords(item)) {
          return false;
        }
      }
      return true;
    }
    return true;
  }

  static boolean isObjectOf(Json value, Predicate<Json> test) {
    if (!(value instanceof JsonObject object)) {
      return value == JsonNull.NULL;
    }
    for (var entry : object.entries()) {
      if (!test.test(entry.getValue())) {
        return false;
      }
    }
    return true;
  }
}
