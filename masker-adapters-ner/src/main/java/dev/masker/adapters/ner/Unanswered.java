package dev.masker.adapters.ner;

import dev.masker.domain.masking.EntityRecognizer.RecognizerUnavailable;

/**
 * Why a recognizer service gave no usable answer: each cause is a fixed word (a metric label), and
 * the exception it becomes says nothing of the text and carries no underlying exception, whose
 * message might quote the answer.
 */
enum Unanswered {
  /** No answer within the timeout. */
  TIMEOUT("timeout"),
  /** No connection: refused, reset, a name that does not resolve. */
  UNREACHABLE("unreachable"),
  /** An answer with a status other than 2xx. */
  STATUS("status"),
  /** An answer that is not what was asked for: not JSON, or not of the expected shape. */
  MALFORMED("malformed");

  private final String cause;

  Unanswered(String cause) {
    this.cause = cause;
  }

  /** The cause as the metrics label it. */
  String cause() {
    return cause;
  }

  /** The exception the detector sees; {@code service} is the adapter's fixed name. */
  RecognizerUnavailable unavailable(String service) {
    return new RecognizerUnavailable(
        "the " + service + " recognizer gave no usable answer: " + cause, null);
  }
}
