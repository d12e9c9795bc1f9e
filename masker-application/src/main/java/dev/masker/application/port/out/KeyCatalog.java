package dev.masker.application.port.out;

import dev.masker.domain.masking.token.KeyRing;

/** Which token keys this server holds; a policy may only name a kid that has one. */
public interface KeyCatalog {
  /** Whether a key for {@code kid} is available (in local or dev mode, one may be made now). */
  boolean hasKey(String kid);

  /**
   * The keys of {@code kid}: the current one and, during a rotation, the old one.
   *
   * @throws IllegalStateException when {@link #hasKey} is false
   */
  KeyRing keyRing(String kid);
}
