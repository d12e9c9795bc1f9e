package dev.masker.domain.session;

import dev.masker.domain.masking.MaskEvent;
import java.util.Objects;

/**
 * One value masked in a turn's request, without the value: where it was ({@code messageIndex} in
 * {@code messages}, -1 for a top-level field; {@code field} is {@code content}, {@code name},
 * {@code tool_arguments} or {@code user}) and what masking did ({@code event}, whose span is in
 * code points of that string).
 */
public record Redaction(int messageIndex, String field, MaskEvent event) {
  public Redaction {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(event, "event");
  }
}
