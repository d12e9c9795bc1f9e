package dev.masker.domain.chat;

import dev.masker.domain.json.Json;
import dev.masker.domain.json.JsonString;
import java.util.function.Consumer;

/**
 * One string of a Chat Completions request that is masked: its text, the cue it is read with (a
 * JSON key as words, or null for free text), where it is for the redaction events ({@code message}
 * index, -1 for a top-level field; {@code field}), and how its masked text is put back. A JSON
 * number masked as a value comes back as a string, and only when masking changed it.
 */
record RequestSite(
    String text,
    String cue,
    int message,
    String field,
    Consumer<Json> put,
    String unchangeable,
    boolean learnOnly) {

  RequestSite(String text, String cue, int message, String field, Consumer<Json> put) {
    this(text, cue, message, field, put, null, false);
  }

  /**
   * A text that is read to learn the values in it and never masked or sent: two messages read as
   * one utterance.
   */
  static RequestSite learnOnly(String text, int message, String field) {
    return learnOnly(text, null, message, field);
  }

  /** A text read only to learn from, with {@code cue} as its cue. */
  static RequestSite learnOnly(String text, String cue, int message, String field) {
    return new RequestSite(text, cue, message, field, masked -> {}, null, true);
  }

  /**
   * A string that is read like the others but cannot be changed (the name of a function the model
   * calls): if masking would change it, the request is refused at {@code path}.
   */
  static RequestSite unchangeable(String text, String path) {
    return new RequestSite(text, null, -1, RequestFields.TOOLS, masked -> {}, path, false);
  }

  /** Puts {@code masked} in place of the original when it differs. */
  void replace(String masked) {
    if (!masked.equals(text)) {
      put.accept(new JsonString(masked));
    }
  }

  @Override
  public String toString() {
    // Never the text: it is what is being masked.
    return "RequestSite[" + field + " of message " + message + "]";
  }
}
