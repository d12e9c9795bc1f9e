package dev.masker.domain.masking;

import java.util.Optional;

/**
 * What became of the model-based pass over the texts of one unit of work (a proxied turn): whether
 * some text was masked by the built-in passes alone because the recognizer could not answer and the
 * policy says {@code regex_only}, and why the first such text was. Holds no text. Safe to share
 * between threads.
 */
public final class ModelPassLog {
  private ModelUnanswered firstSkip;
  private int skippedTexts;

  /** A text went on without the model's answer, for {@code why}. */
  public synchronized void skipped(ModelUnanswered why) {
    if (firstSkip == null) {
      firstSkip = why;
    }
    skippedTexts++;
  }

  /** Why the first text masked without the model was, or empty when the model answered for all. */
  public synchronized Optional<ModelUnanswered> skipped() {
    return Optional.ofNullable(firstSkip);
  }

  /** How many texts were masked without the model. */
  public synchronized int skippedTexts() {
    return skippedTexts;
  }
}
