package dev.masker.domain.session;

import dev.masker.domain.common.InvalidValue;
import java.util.Locale;

/** How a call went, over all its turns (SPEC §5). */
public enum SessionStatus {
  /** No turn failed. */
  OK,
  /** Every turn failed and no stream was cut. */
  ERROR,
  /** Some turns failed, or a stream was cut. */
  PARTIAL;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * @throws InvalidValue for anything but {@code ok}, {@code error} or {@code partial}
   */
  public static SessionStatus fromWireName(String name) {
    for (var status : values()) {
      if (status.wireName().equals(name)) {
        return status;
      }
    }
    throw new InvalidValue("status", "must be one of ok, error, partial");
  }
}
