package dev.masker.adapters.ner;

import dev.masker.domain.masking.EntityRecognizer.RecognizerUnavailable;
import dev.masker.domain.masking.ModelUnanswered;

/**
 * Why a recognizer service gave no usable answer: each cause is a fixed word (a metric label), and
 * the exception it becomes says nothing of the text and carries no underlying exception, whose
 * message might quote the answer.
 */
enum Unanswered {
  /** No answer within the timeout. */
  TIMEOUT("timeout", ModelUnanswered.TIMEOUT),
  /** No connection: refused, reset, a name that does not resolve. */
  UNREACHABLE("unreachable", ModelUnanswered.UNREACHABLE),
  /** An answer with a status other than 2xx. */
  STATUS("status", ModelUnanswered.STATUS),
  /** An answer that is not what was asked for: not JSON, or not of the expected shape. */
  MALFORMED("malformed", ModelUnanswered.MALFORMED);

  private final String cause;
  private final ModelUnanswered reason;

  Unanswered(String cause, ModelUnanswered reason) {
    this.cause = cause;
    this.reason = reason;
  }

  /** The cause as the metrics label it. */
  String cause() {
    return cause;
  }

  /** The exception the detector sees; {@code service} is the adapter's fixed name. */
  RecognizerUnavailable unavailable(String service) {
    return new RecognizerUnavailable(
        reason, "the " + service + " recognizer gave no usable answer: " + cause, null);
  }
}
