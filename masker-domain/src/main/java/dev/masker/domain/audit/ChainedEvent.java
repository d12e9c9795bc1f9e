package dev.masker.domain.audit;

import java.util.Objects;

/**
 * One event as the chain holds it: its place, its id, its canonical JSON ({@link EventJson}) and
 * the chain hash stored with it.
 */
public record ChainedEvent(long seq, String id, String json, byte[] storedHash) {
  public ChainedEvent {
    if (seq < 1) {
      throw new IllegalArgumentException("seq starts at 1");
    }
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(json, "json");
  }
}
