package dev.masker.domain.account;

import dev.masker.domain.common.InvalidValue;
import java.util.Locale;

/** The commercial plan of an account. */
public enum Plan {
  BETA,
  PILOT,
  PRODUCTION,
  INTERNAL;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Plan fromWireName(String name) {
    for (var plan : values()) {
      if (plan.wireName().equals(name)) {
        return plan;
      }
    }
    throw new InvalidValue("plan", "must be one of beta, pilot, production, internal");
  }
}
