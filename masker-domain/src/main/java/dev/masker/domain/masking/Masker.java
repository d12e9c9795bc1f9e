package dev.masker.domain.masking;

import dev.masker.domain.common.CacheCounters;
import dev.masker.domain.masking.known.KnownValues;
import dev.masker.domain.masking.known.SessionValues;
import dev.masker.domain.masking.policy.Policy;
import dev.masker.domain.masking.policy.Tokenization;
import dev.masker.domain.masking.rehydrate.Rehydration;
import dev.masker.domain.masking.rehydrate.Rehydrator;
import dev.masker.domain.masking.rehydrate.StreamingRehydrator;
import dev.masker.domain.masking.rehydrate.ValueEscaping;
import dev.masker.domain.masking.token.KeyRing;
import dev.masker.domain.masking.token.Opening;
import dev.masker.domain.masking.token.RedactedText;
import dev.masker.domain.masking.token.TokenScheme;
import dev.masker.domain.masking.token.Tokenizer;
import dev.masker.domain.masking.vault.InMemoryTokenVault;
import dev.masker.domain.masking.vault.TokenVault;
import dev.masker.domain.masking.vault.VaultSeal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The one entry point for embedders: detect, mask and rehydrate with a policy and a key, no server
 * and no framework.
 *
 * <pre>{@code
 * var masker = Masker.builder().policy(Policy.healthcareDefault()).key("K_HEALTHCARE", key).build();
 * var masked = masker.mask(sessionId, "Hi, this is Maria Lopez, call me at 415 555 2671");
 * masker.rehydrate(sessionId, masked.text());   // the original text
 * }</pre>
 *
 * A session is one conversation: within it the same value always gets the same token. Thread-safe.
 */
public final class Masker {
  private final Policy policy;
  private final Detector detector;
  private final CuedDetector cued;
  private final Tokenizer tokenizer;
  private final Rehydrator rehydrator;
  private final SessionValues sessions;
  private final TokenVault vault;
  private final VaultSeal seal;
  private final boolean vaultBacked;
  private final ValueMarks valueMarks;

  private Masker(Builder builder) {
    this.policy = builder.policy;
    this.vault = builder.vault;
    this.seal = new VaultSeal(builder.keys);
    this.detector =
        builder.entityRecognizer.map(ner -> Detector.of(policy, ner)).orElse(Detector.of(policy));
    this.cued = new CuedDetector(detector, policy);
    var scheme = TokenScheme.of(builder.tokenization.orElse(policy.tokenization()));
    this.tokenizer = Tokenizer.of(scheme, builder.keys, policy.kid(), builder.vault);
    // Surrogates exist only where values were tokenized synthetically; elsewhere looking for them
    // would list the session's vault rows on every rehydration for nothing.
    this.rehydrator = new Rehydrator(builder.keys, builder.vault, scheme == TokenScheme.SYN1);
    this.vaultBacked = scheme != TokenScheme.MSK1;
    this.valueMarks = new ValueMarks(builder.keys.require(policy.kid()));
    var settings = policy.knownValues();
    this.sessions =
        new SessionValues(
            builder.sessions, settings.nameParts(), settings.lastFourDigits(), builder.counters);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The values the policy protects in {@code text}, in text order. */
  public List<Detection> detect(String text) {
    return cued.detect(text, new ModelPassLog());
  }

  /**
   * The values the policy protects in {@code value}, the value of a field named {@code cue} (a JSON
   * key as words, such as "member id"): the cue tells what bare digits or a lone surname are, as
   * "member id: XJH123456789" would, and a key that names a kind ({@code family}, {@code phone},
   * {@code city}) makes a value of that kind's shape that kind as a whole ({@link KeyedValue}). The
   * cue itself is never part of a detection; spans index {@code value}.
   */
  public List<Detection> detect(String cue, String value) {
    return detect(cue, value, new ModelPassLog());
  }

  /**
   * {@link #detect(String, String)}, telling {@code log} when a text is masked without the model's
   * answer ({@code ner.on_unavailable: regex_only}).
   */
  public List<Detection> detect(String cue, String value, ModelPassLog log) {
    return cued.detect(cue, value, log);
  }

  /**
   * {@code text} with every protected value tokenized, redacted or passed as the policy says: the
   * values detected in it, and every value the session revealed before, wherever it recurs (see
   * {@link KnownValues}). What {@code text} reveals is learned for the rest of the session.
   */
  public MaskedText mask(String sessionId, String text) {
    return maskKnown(sessionId, text, detect(text));
  }

  /**
   * {@link #mask(String, String)} of a field's value, detected with {@link #detect(String,
   * String)}.
   */
  public MaskedText mask(String sessionId, String cue, String value) {
    return maskKnown(sessionId, value, detect(cue, value));
  }

  private MaskedText maskKnown(String sessionId, String text, List<Detection> detections) {
    var known = knownValues(sessionId);
    learn(known, text, detections);
    return mask(sessionId, text, withRecurrences(known, text, detections));
  }

  /**
   * The values the session revealed so far, kept in memory (the most recent sessions of this
   * masker); an empty set for a session it has not seen.
   */
  public KnownValues knownValues(String sessionId) {
    return sessions.of(Objects.requireNonNull(sessionId, "sessionId"));
  }

  /**
   * An empty set of known values for a session of a single request, which has nothing to recall and
   * no later turn to remember for: kept nowhere, so such sessions never push the known values of
   * calls out of memory.
   */
  public KnownValues knownValuesOfOneRequest() {
    return sessions.unkept();
  }

  /**
   * Like {@link #knownValues}, but a session not in memory is recalled from the vault: every value
   * its tokens stand for is learned again, so a call resumed on another server, or after its values
   * were pushed out of memory, still masks what it revealed in earlier turns. Only for vault-backed
   * tokenization; {@code reversible-aead} keeps no values to recall.
   *
   * @throws TokenVault.Unavailable when the vault cannot be read
   */
  public KnownValues recall(String sessionId) {
    Objects.requireNonNull(sessionId, "sessionId");
    if (!vaultBacked) {
      return sessions.of(sessionId);
    }
    return sessions.of(sessionId, fresh -> recallInto(sessionId, fresh));
  }

  /** How many sessions' known values this masker keeps in memory now. */
  public long sessionsInMemory() {
    return sessions.size();
  }

  /** Whether {@link #recall} reads the vault: the token scheme keeps values there. */
  public boolean recallsFromVault() {
    return vaultBacked;
  }

  private void recallInto(String sessionId, KnownValues known) {
    for (var row : vault.rows(sessionId).entrySet()) {
      var token = row.getKey();
      var parts = token.split("\\.", 4);
      var kind = parts.length == 4 ? EntityKind.fromName(parts[1]) : Optional.<EntityKind>empty();
      if (kind.isEmpty() || !(parts[0].equals("MSKV1") || parts[0].equals("SYN1"))) {
        continue; // synthetic fingerprints map values to surrogates: nothing to learn there
      }
      if (!(seal.open(sessionId, token, row.getValue()) instanceof Opening.Opened opened)) {
        continue;
      }
      var value = opened.value();
      // Detected again on its own, the value gets back the canonical form its token was made from.
      var canonical =
          detector.detectBuiltIn(value).stream()
              .filter(d -> d.start() == 0 && d.end() == value.length() && d.kind() == kind.get())
              .map(Detection::canonical)
              .findFirst()
              .orElse(value);
      known.learn(kind.get(), value, canonical, 1.0, Pass.REGEX);
    }
  }

  /**
   * Adds what {@code detections} (found in {@code text}) reveal to the session's {@code known}
   * values; values the policy passes through are not learned.
   */
  public void learn(KnownValues known, String text, List<Detection> detections) {
    if (detections.isEmpty()) {
      return;
    }
    var revealed = new ArrayList<Detection>(detections.size());
    for (var detection : detections) {
      if (policy.rule(detection.kind()).action() != Action.PASSTHROUGH) {
        revealed.add(detection);
      }
    }
    known.learn(text, revealed);
  }

  /** What the proxy marks the values of a session's texts with, to count each once. */
  public ValueMarks valueMarks() {
    return valueMarks;
  }

  /**
   * {@code detections} of {@code text} together with every recurrence of the session's {@code
   * known} values in it (allow-listed ones, and parts inside an allowed phrase, left out), overlaps
   * resolved so that nothing either covered stays in clear ({@link SpanResolver#resolveCovering}):
   * what {@link #mask(String, String, List)} should mask.
   */
  public List<Detection> withRecurrences(
      KnownValues known, String text, List<Detection> detections) {
    var recurrences = known.find(text);
    if (recurrences.isEmpty()) {
      return detections;
    }
    detections = asKnown(detections, recurrences);
    var kept = new ArrayList<Detection>(recurrences.size());
    for (var recurrence : recurrences) {
      if (!within(recurrence, detections)
          && !policy.allows(text.substring(recurrence.start(), recurrence.end()))
          && !policy.allowList().coversSpan(text, recurrence.start(), recurrence.end())) {
        kept.add(recurrence);
      }
    }
    if (kept.isEmpty()) {
      return detections;
    }
    var all = new ArrayList<Detection>(detections.size() + kept.size());
    all.addAll(detections);
    all.addAll(SpanResolver.resolveLongestFirst(kept));
    return SpanResolver.resolveCovering(all, text);
  }

  /**
   * {@code detections} with each one that spans exactly a recurrence of a known value given that
   * value's kind and canonical form: a value keeps the kind it was first masked as in the session,
   * so it keeps its token (a date of birth said again without its cue is still that DOB), whether
   * or not the text was masked before.
   */
  private static List<Detection> asKnown(List<Detection> detections, List<Detection> recurrences) {
    var bySpan = new HashMap<Long, Detection>();
    for (var recurrence : recurrences) {
      bySpan.putIfAbsent(span(recurrence), recurrence);
    }
    List<Detection> adopted = null;
    for (int i = 0; i < detections.size(); i++) {
      var detection = detections.get(i);
      var recurrence = bySpan.get(span(detection));
      if (recurrence != null && recurrence.kind() != detection.kind()) {
        if (adopted == null) {
          adopted = new ArrayList<>(detections);
        }
        adopted.set(
            i,
            new Detection(
                recurrence.kind(),
                detection.start(),
                detection.end(),
                Math.max(detection.confidence(), recurrence.confidence()),
                detection.pass(),
                recurrence.canonical()));
      }
    }
    return adopted == null ? detections : adopted;
  }

  private static long span(Detection detection) {
    return ((long) detection.start() << 32) | detection.end();
  }

  /**
   * Whether one of {@code detections} (in text order, not overlapping) already covers all of {@code
   * recurrence}: it is masked anyway.
   */
  private static boolean within(Detection recurrence, List<Detection> detections) {
    int low = 0;
    int high = detections.size() - 1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      var detection = detections.get(mid);
      if (detection.start() > recurrence.start()) {
        high = mid - 1;
      } else if (detection.end() >= recurrence.end()) {
        return true;
      } else {
        low = mid + 1;
      }
    }
    return false;
  }

  /**
   * {@code text} with the given detections (from {@link #detect} on the same text) tokenized,
   * redacted or passed as the policy says: the second half of {@link #mask(String, String)}, for
   * callers that time detection and tokenization apart.
   */
  /**
   * A value as it is kept for rehydration: without the noncharacters U+FDD0 to U+FDEF, which are no
   * text (the proxy joins a message's text parts with them).
   */
  private static String withoutJoins(String surface) {
    for (int i = 0; i < surface.length(); i++) {
      char c = surface.charAt(i);
      if (c >= '\uFDD0' && c <= '\uFDEF') {
        var kept = new StringBuilder(surface.length());
        surface
            .chars()
            .filter(k -> k < '\uFDD0' || k > '\uFDEF')
            .forEach(k -> kept.append((char) k));
        return kept.toString();
      }
    }
    return surface;
  }

  public MaskedText mask(String sessionId, String text, List<Detection> detections) {
    Objects.requireNonNull(sessionId, "sessionId");
    if (detections.isEmpty()) {
      return new MaskedText(text, List.of());
    }
    var masked = new StringBuilder(text.length() + detections.size() * 48);
    var events = new ArrayList<MaskEvent>(detections.size());
    int copied = 0;
    int codePoints = 0;
    for (var detection : detections) {
      masked.append(text, copied, detection.start());
      codePoints += text.codePointCount(copied, detection.start());
      int length = text.codePointCount(detection.start(), detection.end());
      var surface = text.substring(detection.start(), detection.end());
      var action = policy.rule(detection.kind()).action();
      String tokenKind;
      String kid;
      switch (action) {
        case TOKENIZE:
          var replacement =
              tokenizer.replace(
                  sessionId, detection.kind(), withoutJoins(surface), detection.canonical());
          masked.append(replacement.text());
          tokenKind = replacement.scheme() == null ? "REDACTED" : replacement.scheme().name();
          kid = replacement.kid();
          break;
        case REDACT:
          masked.append(RedactedText.of(detection.kind()));
          tokenKind = "REDACTED";
          kid = null;
          break;
        default:
          masked.append(surface);
          tokenKind = null;
          kid = null;
      }
      events.add(
          new MaskEvent(
              detection.kind(),
              codePoints,
              codePoints + length,
              detection.pass(),
              detection.confidence(),
              action,
              tokenKind,
              kid));
      codePoints += length;
      copied = detection.end();
    }
    masked.append(text, copied, text.length());
    return new MaskedText(masked.toString(), events);
  }

  /** {@code text} with the session's tokens turned back into their values. */
  public String rehydrate(String sessionId, String text) {
    return rehydrateWithReport(sessionId, text).text();
  }

  /** Like {@link #rehydrate}, also telling which tokens could not be rehydrated. */
  public Rehydration rehydrateWithReport(String sessionId, String text) {
    return rehydrator.rehydrate(sessionId, text);
  }

  /**
   * Like {@link #rehydrateWithReport(String, String)}, each value written back as {@code escaping}
   * says ({@link ValueEscaping#JSON_STRING} for JSON text such as tool-call arguments).
   */
  public Rehydration rehydrateWithReport(String sessionId, String text, ValueEscaping escaping) {
    return rehydrator.rehydrate(sessionId, text, escaping);
  }

  /** A rehydrator for one streamed answer, fed fragments as they arrive. */
  public StreamingRehydrator streamRehydrator(String sessionId) {
    return rehydrator.stream(sessionId);
  }

  /** Like {@link #streamRehydrator(String)}, each value written back as {@code escaping} says. */
  public StreamingRehydrator streamRehydrator(String sessionId, ValueEscaping escaping) {
    return rehydrator.stream(sessionId, escaping);
  }

  public Policy policy() {
    return policy;
  }

  /** How to build a {@link Masker}; a policy and the key of its kid are required. */
  public static final class Builder {
    private Policy policy = Policy.healthcareDefault();
    private final KeyRing.Builder keyRing = KeyRing.builder();
    private KeyRing keys;
    private TokenVault vault;
    private Optional<Tokenization> tokenization = Optional.empty();
    private Optional<EntityRecognizer> entityRecognizer = Optional.empty();
    private int sessions = 10_000;
    private CacheCounters counters = new CacheCounters();

    private Builder() {}

    public Builder policy(Policy policy) {
      this.policy = Objects.requireNonNull(policy);
      return this;
    }

    /** The current key of {@code kid}: 32 bytes. */
    public Builder key(String kid, byte[] key) {
      keyRing.key(kid, key);
      return this;
    }

    /** The previous key of {@code kid} during a rotation: rehydration still accepts it. */
    public Builder oldKey(String kid, byte[] key) {
      keyRing.oldKey(kid, key);
      return this;
    }

    /** All keys at once; replaces {@link #key} and {@link #oldKey}. */
    public Builder keyRing(KeyRing keys) {
      this.keys = Objects.requireNonNull(keys);
      return this;
    }

    /** Where original values are kept; an in-memory vault when not given. */
    public Builder vault(TokenVault vault) {
      this.vault = Objects.requireNonNull(vault);
      return this;
    }

    /** Overrides the policy's tokenization (an agent's own setting). */
    public Builder tokenization(Tokenization tokenization) {
      this.tokenization = Optional.of(tokenization);
      return this;
    }

    /** Adds the {@code ner} pass, when the policy lists it. */
    public Builder entityRecognizer(EntityRecognizer recognizer) {
      this.entityRecognizer = Optional.of(recognizer);
      return this;
    }

    /** How many sessions' known values to keep in memory (default 10,000; at least 1). */
    public Builder sessionsInMemory(int sessions) {
      if (sessions < 1) {
        throw new IllegalArgumentException("at least one session");
      }
      this.sessions = sessions;
      return this;
    }

    /**
     * Where look-ups and evictions of the sessions' known values are counted: counters shared by
     * several maskers add them up (a server's metrics). Each masker has its own when not given.
     */
    public Builder knownValuesCounters(CacheCounters counters) {
      this.counters = Objects.requireNonNull(counters);
      return this;
    }

    /**
     * @throws IllegalStateException when there is no key for the policy's kid
     */
    public Masker build() {
      if (keys == null) {
        keys = keyRing.build();
      }
      if (!keys.has(policy.kid())) {
        throw new IllegalStateException("no key for kid " + policy.kid());
      }
      if (vault == null) {
        vault = new InMemoryTokenVault();
      }
      return new Masker(this);
    }
  }
}
