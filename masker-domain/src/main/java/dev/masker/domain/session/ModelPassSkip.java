package dev.masker.domain.session;

import dev.masker.domain.masking.ModelUnanswered;
import java.util.Objects;

/**
 * Texts of a turn that the built-in passes masked alone because the model-based {@code ner} pass
 * could not answer and the policy says {@code regex_only}: what a compliance officer needs to see
 * that the turn was masked with less than the policy asks for. No text, no model output.
 *
 * @param reason why the model could not answer for the first such text
 * @param texts how many texts of the turn went without the model's answer
 */
public record ModelPassSkip(ModelUnanswered reason, int texts) {
  public ModelPassSkip {
    Objects.requireNonNull(reason, "reason");
    if (texts < 1) {
      throw new IllegalArgumentException("a skip counts at least one text");
    }
  }
}
