package dev.masker.application.service.proxy;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.masker.application.port.out.MeasuredCaches;
import dev.masker.domain.chat.RehydratedText;
import dev.masker.domain.common.CacheStatistics;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Map;

/**
 * What each string of a conversation became when it was first masked, so the history a voice
 * platform resends every turn is not detected again: keyed by a SHA-256 digest of the session scope
 * and the text (the original text is never kept), holding the masked text. Bounded (a Caffeine
 * cache: strings resent turn after turn stay, strings seen once go first). A hit gives exactly the
 * masked text of the first time, so the masked history stays byte-identical from turn to turn.
 * Thread-safe, without a global lock.
 */
public final class MaskedHistory implements MeasuredCaches {
  /** The name of its metrics. */
  public static final String CACHE_NAME = "masked_history";

  private static final ThreadLocal<MessageDigest> SHA_256 =
      ThreadLocal.withInitial(MaskedHistory::sha256);

  /** The longest answer string {@link #rememberAnswer} keeps. */
  static final int MAX_REMEMBERED_CHARS = 64 * 1024;

  /** Remembers nothing: the history of a session of one request, which has no next turn. */
  public static final MaskedHistory NONE = new MaskedHistory(0);

  private final boolean off;
  private final Cache<Key, Entry> entries;

  /**
   * @param capacity how many strings to remember across all sessions; 0 turns the cache off
   */
  public MaskedHistory(int capacity) {
    if (capacity < 0) {
      throw new IllegalArgumentException("capacity must not be negative");
    }
    this.off = capacity == 0;
    this.entries =
        Caffeine.newBuilder()
            .maximumSize(capacity)
            // Upkeep on the calling thread, a little at a time: no pool, and a test sees the bound.
            .executor(Runnable::run)
            .recordStats()
            .build();
  }

  /** The digest that names {@code text} in {@code scope}. */
  public static Key key(String scope, String text) {
    return key(scope, null, text);
  }

  /**
   * The digest that names {@code text}, the value of a field named {@code cue} (null for free
   * text), in {@code scope}.
   */
  public static Key key(String scope, String cue, String text) {
    return key(scope, cue, text, (byte) 0);
  }

  /**
   * The digest that names {@code text} read only to learn from (a reading of a turn's strings that
   * is never masked itself, such as a value said a piece a message), apart from every {@link #key}.
   */
  public static Key learnedKey(String scope, String cue, String text) {
    return key(scope, cue, text, (byte) 2);
  }

  /**
   * The digest that names {@code text} as detected under the policy named by {@code policyScope}
   * ({@link DetectedTexts}), apart from every key of a session's strings.
   */
  static Key detectedKey(String policyScope, String cue, String text) {
    return key(policyScope, cue, text, (byte) 3);
  }

  private static Key key(String scope, String cue, String text, byte use) {
    var digest = SHA_256.get();
    digest.update(scope.getBytes(StandardCharsets.UTF_8));
    digest.update(use);
    if (cue != null) {
      // Length first: no cue and text can run into another pair's.
      var bytes = cue.getBytes(StandardCharsets.UTF_8);
      digest.update((byte) 1);
      digest.update(ByteBuffer.allocate(4).putInt(bytes.length).array());
      digest.update(bytes);
    }
    digest.update(text.getBytes(StandardCharsets.UTF_8));
    var bytes = ByteBuffer.wrap(digest.digest());
    return new Key(bytes.getLong(), bytes.getLong(), bytes.getLong(), bytes.getLong());
  }

  /**
   * Remembers, for each string of an answer the caller got back, what the upstream wrote in its
   * place, so that the answer resent in the next turn's history is masked to exactly the upstream's
   * own words instead of being detected again without the words that first made its values
   * detectable (see {@link RehydratedText}). Strings longer than {@link #MAX_REMEMBERED_CHARS} are
   * not remembered.
   */
  public void rememberAnswer(String scope, List<RehydratedText> fields) {
    for (var field : fields) {
      for (var resent : field.resentStrings()) {
        if (resent.caller().length() <= MAX_REMEMBERED_CHARS) {
          put(key(scope, resent.cue(), resent.caller()), resent.upstream());
        }
      }
    }
  }

  /** The masked text remembered for {@code key}, or null. */
  public String get(Key key) {
    var entry = entry(key);
    return entry == null ? null : entry.masked();
  }

  /** What is remembered for {@code key}, or null. */
  public Entry entry(Key key) {
    return off ? null : entries.getIfPresent(key);
  }

  /** Remembers {@code masked} for {@code key}, with no known-values stamp. */
  public void put(Key key, String masked) {
    put(key, masked, Entry.NO_STAMP);
  }

  /**
   * Remembers {@code masked} for {@code key}, masked when the session's known values had the {@code
   * stamp} ({@link dev.masker.domain.masking.known.KnownValues#stamp()}).
   */
  public void put(Key key, String masked, long stamp) {
    if (!off) {
      entries.put(key, new Entry(masked, stamp));
    }
  }

  /**
   * Remembers that the values of the text named by {@code key} ({@link #learnedKey}) were learned
   * into the session's known values when they had {@code stamp}.
   */
  public void learned(Key key, long stamp) {
    put(key, "", stamp);
  }

  /** How many strings are remembered now. */
  public long size() {
    entries.cleanUp();
    return entries.estimatedSize();
  }

  @Override
  public Map<String, CacheStatistics> cacheStatistics() {
    return Map.of(CACHE_NAME, CacheStatistics.of(entries));
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  /**
   * A masked text, and the stamp of the session's known values it was masked with: while the stamp
   * is the same, no value was learned since, and the text needs no new search.
   */
  public record Entry(String masked, long stamp) {
    /** An entry masked without known values (an answer's strings). */
    public static final long NO_STAMP = -1;

    @Override
    public String toString() {
      return "Entry[" + masked.length() + " chars]";
    }
  }

  /** A SHA-256 digest in four longs. */
  public record Key(long a, long b, long c, long d) {}
}
