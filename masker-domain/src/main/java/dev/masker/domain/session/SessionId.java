package dev.masker.domain.session;

import dev.masker.domain.common.IdGenerator;
import dev.masker.domain.common.PrefixedId;

/** A session's id: {@code ses_} and a ULID. */
public record SessionId(String value) {
  public static final String PREFIX = "ses_";

  public SessionId {
    PrefixedId.require("session_id", PREFIX, value);
  }

  public static SessionId next(IdGenerator ids) {
    return new SessionId(PREFIX + ids.newUlid());
  }

  @Override
  public String toString() {
    return value;
  }
}
