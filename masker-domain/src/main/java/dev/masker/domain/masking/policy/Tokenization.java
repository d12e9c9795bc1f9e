package dev.masker.domain.masking.policy;

import dev.masker.domain.common.InvalidValue;

/** How an agent turns detected values into tokens (SPEC §9). */
public enum Tokenization {
  VAULT_DETERMINISTIC("vault-deterministic"),
  REVERSIBLE_AEAD("reversible-aead"),
  SYNTHETIC("synthetic");

  private final String wireName;

  Tokenization(String wireName) {
    this.wireName = wireName;
  }

  public String wireName() {
    return wireName;
  }

  public static Tokenization fromWireName(String name) {
    for (var tokenization : values()) {
      if (tokenization.wireName.equals(name)) {
        return tokenization;
      }
    }
    throw new InvalidValue(
        "tokenization", "must be vault-deterministic, reversible-aead or synthetic");
  }
}
