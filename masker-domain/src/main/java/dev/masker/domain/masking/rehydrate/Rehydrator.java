package dev.masker.domain.masking.rehydrate;

import dev.masker.domain.masking.text.ScanSteps;
import dev.masker.domain.masking.token.KeyRing;
import dev.masker.domain.masking.vault.TokenVault;
import dev.masker.domain.masking.vault.VaultSeal;
import java.util.Objects;

/**
 * Puts the real values back into an answer (SPEC §9): MSKV1 tokens from the vault, MSK1 tokens by
 * decryption, SYN1 surrogates through the session's surrogate rows; current key first, then the old
 * one. Tokens are found in any case. What cannot be rehydrated (unknown token, erased row, dropped
 * key, tampered or malformed body) becomes {@code [REDACTED:KIND]} ({@code OTHER_ID} when the kind
 * is unreadable) and is reported without its body or value.
 *
 * <p>Where a token ends is defined once by {@link dev.masker.domain.masking.token.TokenScanner};
 * the streaming rehydrator runs the same scan, so both give the same text for every split.
 * Thread-safe; each call and each stream reads the session's surrogates once, when it starts.
 */
public final class Rehydrator {
  private static final char START = ' ';

  private final KeyRing keys;
  private final TokenVault vault;
  private final VaultSeal seal;
  private final boolean surrogates;

  /** A rehydrator of tokens and of synthetic surrogates. */
  public Rehydrator(KeyRing keys, TokenVault vault) {
    this(keys, vault, true);
  }

  /**
   * @param surrogates whether to look for synthetic ({@code SYN1}) surrogates too: that costs one
   *     vault listing of the session per rehydration, worth it only where the session's values were
   *     tokenized synthetically
   */
  public Rehydrator(KeyRing keys, TokenVault vault, boolean surrogates) {
    this.keys = Objects.requireNonNull(keys, "keys");
    this.vault = Objects.requireNonNull(vault, "vault");
    this.seal = new VaultSeal(keys);
    this.surrogates = surrogates;
  }

  public Rehydration rehydrate(String sessionId, String text) {
    return rehydrate(sessionId, text, ValueEscaping.NONE);
  }

  /** Like {@link #rehydrate(String, String)}, each value written back as {@code escaping} says. */
  public Rehydration rehydrate(String sessionId, String text, ValueEscaping escaping) {
    Objects.requireNonNull(sessionId, "sessionId");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(escaping, "escaping");
    var scan = new RehydrationScan(sessionId, keys, vault, seal, escaping, surrogates);
    var out = new StringBuilder(text.length() + 16);
    scan.run(ScanSteps.readable(text), START, true, out);
    return new Rehydration(out.toString(), scan.failures());
  }

  /** A rehydrator for one streamed answer of the session. Not thread-safe: one per stream. */
  public StreamingRehydrator stream(String sessionId) {
    return stream(sessionId, ValueEscaping.NONE);
  }

  /**
   * Like {@link #stream(String)}, each value written back as {@code escaping} says; the same
   * escaping given to {@link #rehydrate(String, String, ValueEscaping)} gives the same text.
   */
  public StreamingRehydrator stream(String sessionId, ValueEscaping escaping) {
    Objects.requireNonNull(sessionId, "sessionId");
    Objects.requireNonNull(escaping, "escaping");
    return new StreamingRehydrator(
        new RehydrationScan(sessionId, keys, vault, seal, escaping, surrogates), START);
  }
}
