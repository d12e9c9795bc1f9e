package dev.masker.domain.masking;

import dev.masker.domain.agent.Tokenization;
import dev.masker.domain.masking.rehydrate.Rehydration;
import dev.masker.domain.masking.rehydrate.Rehydrator;
import dev.masker.domain.masking.rehydrate.StreamingRehydrator;
import dev.masker.domain.masking.rehydrate.ValueEscaping;
import dev.masker.domain.masking.token.KeyRing;
import dev.masker.domain.masking.token.Redaction;
import dev.masker.domain.masking.token.TokenScheme;
import dev.masker.domain.masking.token.Tokenizer;
import dev.masker.domain.masking.vault.InMemoryTokenVault;
import dev.masker.domain.masking.vault.TokenVault;
import dev.masker.domain.policy.Policy;
import java.util.ArrayList;
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
  private final Tokenizer tokenizer;
  private final Rehydrator rehydrator;

  private Masker(Builder builder) {
    this.policy = builder.policy;
    this.detector =
        builder.entityRecognizer.map(ner -> Detector.of(policy, ner)).orElse(Detector.of(policy));
    var scheme = TokenScheme.of(builder.tokenization.orElse(policy.tokenization()));
    this.tokenizer = Tokenizer.of(scheme, builder.keys, policy.kid(), builder.vault);
    // Surrogates exist only where values were tokenized synthetically; elsewhere looking for them
    // would list the session's vault rows on every rehydration for nothing.
    this.rehydrator = new Rehydrator(builder.keys, builder.vault, scheme == TokenScheme.SYN1);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The values the policy protects in {@code text}, in text order. */
  public List<Detection> detect(String text) {
    return detector.detect(text);
  }

  /** {@code text} with every protected value tokenized, redacted or passed as the policy says. */
  public MaskedText mask(String sessionId, String text) {
    return mask(sessionId, text, detector.detect(text));
  }

  /**
   * {@code text} with the given detections (from {@link #detect} on the same text) tokenized,
   * redacted or passed as the policy says: the second half of {@link #mask(String, String)}, for
   * callers that time detection and tokenization apart.
   */
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
              tokenizer.replace(sessionId, detection.kind(), surface, detection.canonical());
          masked.append(replacement.text());
          tokenKind = replacement.scheme() == null ? "REDACTED" : replacement.scheme().name();
          kid = replacement.kid();
          break;
        case REDACT:
          masked.append(Redaction.of(detection.kind()));
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
