package dev.masker.application.service.proxy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What each string of a conversation became when it was first masked, so the history a voice
 * platform resends every turn is not detected again: keyed by a SHA-256 digest of the session scope
 * and the text (the original text is never kept), holding the masked text, least recently used
 * first out. A hit gives exactly the masked text of the first time, so the masked history stays
 * byte-identical from turn to turn. Thread-safe.
 */
public final class MaskedHistory {
  private static final ThreadLocal<MessageDigest> SHA_256 =
      ThreadLocal.withInitial(MaskedHistory::sha256);

  private final Map<Key, String> entries;

  /**
   * @param capacity how many strings to remember across all sessions; 0 turns the cache off
   */
  public MaskedHistory(int capacity) {
    if (capacity < 0) {
      throw new IllegalArgumentException("capacity must not be negative");
    }
    this.entries =
        new LinkedHashMap<>(Math.min(capacity, 1 << 16), 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<Key, String> eldest) {
            return size() > capacity;
          }
        };
  }

  /** The digest that names {@code text} in {@code scope}. */
  public static Key key(String scope, String text) {
    var digest = SHA_256.get();
    digest.update(scope.getBytes(StandardCharsets.UTF_8));
    digest.update((byte) 0);
    digest.update(text.getBytes(StandardCharsets.UTF_8));
    var bytes = ByteBuffer.wrap(digest.digest());
    return new Key(bytes.getLong(), bytes.getLong(), bytes.getLong(), bytes.getLong());
  }

  /** The masked text remembered for {@code key}, or null. */
  public synchronized String get(Key key) {
    return entries.get(key);
  }

  public synchronized void put(Key key, String masked) {
    entries.put(key, masked);
  }

  public synchronized int size() {
    return entries.size();
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  /** A SHA-256 digest in four longs. */
  public record Key(long a, long b, long c, long d) {}
}
