package dev.masker.domain.account;

import dev.masker.domain.common.IdGenerator;
import dev.masker.domain.common.PrefixedId;

public record AccountId(String value) {
  public static final String PREFIX = "acc_";

  public AccountId {
    PrefixedId.require("account_id", PREFIX, value);
  }

  public static AccountId next(IdGenerator ids) {
    return new AccountId(PREFIX + ids.newUlid());
  }

  @Override
  public String toString() {
    return value;
  }
}
