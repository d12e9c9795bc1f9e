package dev.masker.application.port.out;

/** Which token keys this server holds; a policy may only name a kid that has one. */
public interface KeyCatalog {
  /** Whether a key for {@code kid} is available (in local or dev mode, one may be made now). */
  boolean hasKey(String kid);
}
