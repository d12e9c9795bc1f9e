package dev.masker.domain.audit;

import dev.masker.domain.account.AccountId;
import dev.masker.domain.json.CanonicalJson;
import dev.masker.domain.json.JsonNumber;
import dev.masker.domain.json.JsonObject;
import dev.masker.domain.json.JsonString;
import java.util.HexFormat;
import java.util.Objects;

/**
 * What retention leaves where it deleted events (docs/audit.md): the events {@code firstSeq} to
 * {@code lastSeq} of the account's chain are gone, and the last of them had the chain hash {@code
 * lastHash}, so verification goes on from there. Sealed with the audit key over its canonical JSON
 * {@code {"account_id","first_seq","last_hash","last_seq","type":"retention"}} ({@code last_hash}
 * in lower-case hex), so that nobody without the key can make one up to hide a deletion.
 */
public record RetentionCheckpoint(
    AccountId account, long firstSeq, long lastSeq, byte[] lastHash, byte[] seal) {
  public RetentionCheckpoint {
    Objects.requireNonNull(account, "account");
    if (firstSeq < 1 || lastSeq < firstSeq) {
      throw new IllegalArgumentException("a checkpoint covers seq 1 or later, first to last");
    }
    Objects.requireNonNull(lastHash, "lastHash");
    Objects.requireNonNull(seal, "seal");
  }

  /** The checkpoint of the deleted run {@code firstSeq..lastSeq}, sealed with {@code key}. */
  public static RetentionCheckpoint sealed(
      ChainKey key, AccountId account, long firstSeq, long lastSeq, byte[] lastHash) {
    return new RetentionCheckpoint(
        account, firstSeq, lastSeq, lastHash, key.seal(json(account, firstSeq, lastSeq, lastHash)));
  }

  /** Whether the seal is the audit key's seal of the rest. */
  public boolean sealedBy(ChainKey key) {
    return key.sealed(json(account, firstSeq, lastSeq, lastHash), seal);
  }

  static String json(AccountId account, long firstSeq, long lastSeq, byte[] lastHash) {
    return CanonicalJson.write(
        new JsonObject()
            .put("type", new JsonString("retention"))
            .put("account_id", new JsonString(account.value()))
            .put("first_seq", new JsonNumber(Long.toString(firstSeq)))
            .put("last_seq", new JsonNumber(Long.toString(lastSeq)))
            .put("last_hash", new JsonString(HexFormat.of().formatHex(lastHash))));
  }
}
