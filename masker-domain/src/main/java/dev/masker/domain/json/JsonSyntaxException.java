package dev.masker.domain.json;

/**
 * A text that is not JSON. The message says what was expected and at which offset (in UTF-16
 * chars), never any part of the text: texts carry PHI.
 */
public final class JsonSyntaxException extends RuntimeException {
  private final int offset;

  /**
   * @param message what was expected, e.g. {@code "expected ',' or '}'"}; never input text
   * @param offset where, in UTF-16 chars from the start of the text
   */
  public JsonSyntaxException(String message, int offset) {
    super(message + " at offset " + offset);
    this.offset = offset;
  }

  public int offset() {
    return offset;
  }
}
