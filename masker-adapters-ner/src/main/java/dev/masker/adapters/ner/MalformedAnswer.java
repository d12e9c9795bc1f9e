package dev.masker.adapters.ner;

/** An answer that is not of the shape asked for. Its message names the shape, never the content. */
final class MalformedAnswer extends RuntimeException {
  MalformedAnswer(String what) {
    super(what, null, false, false);
  }
}
