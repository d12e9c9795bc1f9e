package dev.masker.application.service.proxy;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.masker.application.port.out.MeasuredCaches;
import dev.masker.domain.common.CacheStatistics;
import dev.masker.domain.masking.Detection;
import dev.masker.domain.masking.Masker;
import dev.masker.domain.masking.ModelPassLog;
import java.util.List;
import java.util.Map;

/**
 * What an agent's masker detected in each text it read lately, shared by all the agent's sessions:
 * a client that sends no call id makes every request a session of its own and resends the whole
 * conversation, and detecting it all again every request is most of what such a request costs.
 * Detection depends on the policy and the text alone, never on the session (what a session learned
 * is applied after, by the caller), so the same text under the same policy always gives the same
 * detections, whichever session asked first. Keyed by a SHA-256 digest of the agent's policy scope,
 * the field's name and the text; the text itself is not kept, the detections (which hold the values
 * found, as the sessions' known values do) are, in memory only. Bounded (a Caffeine cache). A
 * detection made without the model's answer is not kept: the next text asks the model again.
 * Thread-safe.
 */
public final class DetectedTexts implements MeasuredCaches {
  /** The name of its metrics. */
  public static final String CACHE_NAME = "detected_texts";

  private final boolean off;
  private final Cache<MaskedHistory.Key, List<Detection>> entries;

  /**
   * @param capacity how many texts to remember across all agents; 0 turns the cache off
   */
  public DetectedTexts(int capacity) {
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

  /**
   * What {@code masker} detects in {@code text}, the value of a field named {@code cue} (null for
   * free text): remembered, or detected now and remembered unless the model's pass was skipped.
   *
   * @param policyScope names the masker's policy: the same scope for maskers that detect alike (the
   *     agent and the version of its settings), another one whenever the policy may differ
   * @param log told when the text was masked without the model's answer
   */
  public List<Detection> detect(
      Masker masker, String policyScope, String cue, String text, ModelPassLog log) {
    if (off) {
      return masker.detect(cue, text, log);
    }
    var key = MaskedHistory.detectedKey(policyScope, cue, text);
    var known = entries.getIfPresent(key);
    if (known != null) {
      return known;
    }
    var own = new ModelPassLog();
    var detections = List.copyOf(masker.detect(cue, text, own));
    var skipped = own.skipped();
    if (skipped.isPresent()) {
      for (int i = 0; i < own.skippedTexts(); i++) {
        log.skipped(skipped.get());
      }
    } else {
      entries.put(key, detections);
    }
    return detections;
  }

  /** What {@code masker}, whose policy {@code policyScope} names, detects, through this cache. */
  public Detecting of(Masker masker, String policyScope) {
    return (cue, text, log) -> detect(masker, policyScope, cue, text, log);
  }

  /** Detection by one masker, through the cache. */
  @FunctionalInterface
  public interface Detecting {
    /** What the masker detects in {@code text}, the value of a field named {@code cue}. */
    List<Detection> detect(String cue, String text, ModelPassLog log);
  }

  /** How many texts are remembered now. */
  public long size() {
    entries.cleanUp();
    return entries.estimatedSize();
  }

  @Override
  public Map<String, CacheStatistics> cacheStatistics() {
    return Map.of(CACHE_NAME, CacheStatistics.of(entries));
  }
}
