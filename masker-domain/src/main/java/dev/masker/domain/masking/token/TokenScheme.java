package dev.masker.domain.masking.token;

import dev.masker.domain.masking.policy.Tokenization;
import java.util.Objects;

/** The token formats of SPEC §9. */
public enum TokenScheme {
  /** Vault-deterministic: an HMAC body, the original kept sealed in the vault. */
  MSKV1,
  /** Reversible AEAD: the original encrypted into the body with AES-256-GCM-SIV; no vault. */
  MSK1,
  /** Synthetic surrogates: a realistic value of the same shape, mapped back through the vault. */
  SYN1;

  /** The scheme an agent's tokenization setting asks for. */
  public static TokenScheme of(Tokenization tokenization) {
    Objects.requireNonNull(tokenization, "tokenization");
    switch (tokenization) {
      case VAULT_DETERMINISTIC:
        return MSKV1;
      case REVERSIBLE_AEAD:
        return MSK1;
      case SYNTHETIC:
        return SYN1;
      default:
        throw new IllegalArgumentException("unknown tokenization " + tokenization);
    }
  }
}
