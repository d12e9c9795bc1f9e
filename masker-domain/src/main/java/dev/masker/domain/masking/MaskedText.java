package dev.masker.domain.masking;

import java.util.List;

/** A text with its values replaced, and one value-free event per detected value. */
public record MaskedText(String text, List<MaskEvent> events) {
  public MaskedText {
    events = List.copyOf(events);
  }

  @Override
  public String toString() {
    return "MaskedText[" + events.size() + " events]";
  }
}
