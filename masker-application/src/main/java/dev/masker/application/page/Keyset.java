package dev.masker.application.page;

import java.time.Instant;
import java.util.Objects;

/** A position in a newest-first list: rows strictly older than ({@code createdAt}, {@code id}). */
public record Keyset(Instant createdAt, String id) {
  public Keyset {
    Objects.requireNonNull(createdAt);
    Objects.requireNonNull(id);
  }
}
