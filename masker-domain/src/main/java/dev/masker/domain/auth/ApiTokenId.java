package dev.masker.domain.auth;

import dev.masker.domain.common.IdGenerator;
import dev.masker.domain.common.PrefixedId;

public record ApiTokenId(String value) {
  public static final String PREFIX = "tok_";

  public ApiTokenId {
    PrefixedId.require("token_id", PREFIX, value);
  }

  public static ApiTokenId next(IdGenerator ids) {
    return new ApiTokenId(PREFIX + ids.newUlid());
  }

  /** Whether {@code text} is a well-formed token id; anything else names no token. */
  public static boolean isWellFormed(String text) {
    return PrefixedId.matches(PREFIX, text);
  }

  @Override
  public String toString() {
    return value;
  }
}
