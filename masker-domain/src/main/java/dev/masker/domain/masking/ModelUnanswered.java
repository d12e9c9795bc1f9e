package dev.masker.domain.masking;

import java.util.Locale;

/**
 * Why the model-based recognizer of the {@code ner} pass gave no usable answer for a text: a fixed
 * vocabulary, safe for a metric label or a stored column (it says nothing of the text or of the
 * model's answer).
 */
public enum ModelUnanswered {
  /** No answer within the timeout. */
  TIMEOUT,
  /** No connection: refused, reset, a name that does not resolve. */
  UNREACHABLE,
  /** An answer with a status other than 2xx. */
  STATUS,
  /** An answer that is not what was asked for: not JSON, or not of the expected shape. */
  MALFORMED;

  /** The cause as stored and shown: {@code timeout}, {@code unreachable}, … */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
