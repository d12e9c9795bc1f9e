package dev.masker.domain.session;

import dev.masker.domain.common.IdGenerator;
import dev.masker.domain.common.PrefixedId;

/** A session's id: {@code sess_} and a ULID (SPEC §2). */
public record SessionId(String value) {
  public static final String PREFIX = "sess_";

  public SessionId {
    PrefixedId.require("session_id", PREFIX, value);
  }

  public static SessionId next(IdGenerator ids) {
    return new SessionId(PREFIX + ids.newUlid());
  }

  /** Whether {@code text} is a well-formed session id; anything else names no session. */
  public static boolean isWellFormed(String text) {
    return PrefixedId.matches(PREFIX, text);
  }

  @Override
  public String toString() {
    return value;
  }
}
