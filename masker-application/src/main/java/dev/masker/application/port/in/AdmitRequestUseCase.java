package dev.masker.application.port.in;

import dev.masker.domain.account.AccountId;
import java.time.Duration;
import java.util.Locale;
import java.util.function.Function;

/**
 * The rate limits of an account (SPEC §2.3): whether one more request of a group may be served now.
 * Each account has a budget per group, whichever server replica serves the request.
 */
public interface AdmitRequestUseCase {
  Admission admit(AccountId account, RequestGroup group);

  /** The groups with budgets of their own. */
  enum RequestGroup {
    /** {@code /proxy/*} and {@code /vapi/webhook/*}: a voice agent's turns. */
    PROXY,
    /** Every other {@code /api/v1/*} request of a signed-in caller. */
    API;

    /** The group's word in bucket names and configuration. */
    public String word() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** Served, or refused for a while. */
  sealed interface Admission {
    <T> T fold(Function<Admitted, T> admitted, Function<Limited, T> limited);

    record Admitted() implements Admission {
      @Override
      public <T> T fold(Function<Admitted, T> admitted, Function<Limited, T> limited) {
        return admitted.apply(this);
      }
    }

    /** Over the limit: 429 {@code rate_limited}, to be tried again after {@code retryAfter}. */
    record Limited(Duration retryAfter) implements Admission {
      public Limited {
        if (retryAfter.isNegative()) {
          throw new IllegalArgumentException("retryAfter must not be negative");
        }
      }

      @Override
      public <T> T fold(Function<Admitted, T> admitted, Function<Limited, T> limited) {
        return limited.apply(this);
      }
    }
  }
}
