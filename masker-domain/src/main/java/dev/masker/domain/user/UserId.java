package dev.masker.domain.user;

import dev.masker.domain.common.IdGenerator;
import dev.masker.domain.common.PrefixedId;

public record UserId(String value) {
  public static final String PREFIX = "usr_";

  public UserId {
    PrefixedId.require("user_id", PREFIX, value);
  }

  public static UserId next(IdGenerator ids) {
    return new UserId(PREFIX + ids.newUlid());
  }

  @Override
  public String toString() {
    return value;
  }
}
