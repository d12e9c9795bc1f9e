package dev.masker.application.fake;

import dev.masker.application.port.out.CallerIdHash;
import dev.masker.domain.account.AccountId;
import dev.masker.domain.common.Sha256;

/** A plain SHA-256 of account and id, in the stored form's shape (tests only: no key). */
public final class UnkeyedCallerIdHash implements CallerIdHash {
  @Override
  public String hash(AccountId account, String callerId) {
    return PREFIX + Sha256.hex(account.value() + "\u0000" + callerId).substring(0, 32);
  }
}
