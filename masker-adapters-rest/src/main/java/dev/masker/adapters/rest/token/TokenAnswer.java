package dev.masker.adapters.rest.token;

/** {@code {"token": {...}}}: the answer to {@code POST /api/v1/tokens}. */
public record TokenAnswer(TokenBody token) {
  @Override
  public String toString() {
    return "TokenAnswer[" + token + "]";
  }
}
