package dev.masker.domain.masking.token;

import dev.masker.domain.masking.EntityKind;
import dev.masker.domain.masking.vault.TokenVault;

/**
 * Replaces one detected value. Implementations are thread-safe. One that writes to a vault throws
 * {@link TokenVault.Unavailable} when the vault cannot be reached: masking then fails closed.
 */
public interface Tokenizer {
  /**
   * @param sessionId the conversation the value belongs to; also the vault scope, so make it unique
   *     across agents (for example agent id and session id together)
   * @param kind the kind of the value
   * @param surface the exact text span as it was written
   * @param canonical the detection's canonical form ({@link
   *     dev.masker.domain.masking.Detection#canonical()})
   */
  Replacement replace(String sessionId, EntityKind kind, String surface, String canonical);

  /** The tokenizer of a scheme, tokens made with the kid's current key. */
  static Tokenizer of(TokenScheme scheme, KeyRing keys, String kid, TokenVault vault) {
    switch (scheme) {
      case MSKV1:
        return new DeterministicTokenizer(keys, kid, vault);
      case MSK1:
        return new AeadTokenizer(keys, kid);
      case SYN1:
        return new SyntheticTokenizer(keys, kid, vault);
      default:
        throw new IllegalArgumentException("unknown scheme " + scheme);
    }
  }

  /** Checks the arguments every tokenizer needs. */
  static void check(String sessionId, EntityKind kind, String surface, String canonical) {
    if (sessionId == null || sessionId.isBlank() || sessionId.indexOf('\0') >= 0) {
      throw new IllegalArgumentException("a session id is not blank and has no NUL char");
    }
    if (kind == null || surface == null || surface.isEmpty() || canonical == null) {
      throw new IllegalArgumentException("a kind, a non-empty surface and a canonical form");
    }
  }
}
