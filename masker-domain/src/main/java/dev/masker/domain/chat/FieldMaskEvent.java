package dev.masker.domain.chat;

import dev.masker.domain.masking.MaskEvent;
import java.util.Objects;

/**
 * One value masked in a request, without the value: where it was ({@code messageIndex} in {@code
 * messages}, -1 for a top-level field; {@code field} is {@code content}, {@code name}, {@code
 * tool_arguments}, {@code tool_call_id}, {@code user}, {@code tools} or {@code parameters}: see
 * docs/request-fields.md) and what masking did ({@code event}, whose span is in code points of that
 * string). The turn log records them as redaction events.
 */
public record FieldMaskEvent(int messageIndex, String field, MaskEvent event) {
  public FieldMaskEvent {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(event, "event");
  }
}
