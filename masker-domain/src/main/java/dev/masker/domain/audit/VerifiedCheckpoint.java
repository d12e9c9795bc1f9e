package dev.masker.domain.audit;

import dev.masker.domain.account.AccountId;
import dev.masker.domain.json.CanonicalJson;
import dev.masker.domain.json.JsonNumber;
import dev.masker.domain.json.JsonObject;
import dev.masker.domain.json.JsonString;
import java.util.HexFormat;
import java.util.Objects;

/**
 * Where the account's chain was last found whole: every event up to {@code seq} verified, the one
 * at {@code seq} having the chain hash {@code hash}. The start-up check goes on from here instead
 * of the genesis. Sealed with the audit key over {@code
 * {"account_id","hash","seq","type":"verified"}} ({@code hash} in lower-case hex).
 */
public record VerifiedCheckpoint(AccountId account, long seq, byte[] hash, byte[] seal) {
  public VerifiedCheckpoint {
    Objects.requireNonNull(account, "account");
    if (seq < 0) {
      throw new IllegalArgumentException("seq is 0 or more");
    }
    Objects.requireNonNull(hash, "hash");
    Objects.requireNonNull(seal, "seal");
  }

  public static VerifiedCheckpoint sealed(ChainKey key, AccountId account, long seq, byte[] hash) {
    return new VerifiedCheckpoint(account, seq, hash, key.seal(json(account, seq, hash)));
  }

  public boolean sealedBy(ChainKey key) {
    return key.sealed(json(account, seq, hash), seal);
  }

  static String json(AccountId account, long seq, byte[] hash) {
    return CanonicalJson.write(
        new JsonObject()
            .put("type", new JsonString("verified"))
            .put("account_id", new JsonString(account.value()))
            .put("seq", new JsonNumber(Long.toString(seq)))
            .put("hash", new JsonString(HexFormat.of().formatHex(hash))));
  }
}
