package dev.masker.adapters.rest.json;

import dev.masker.domain.account.Plan;
import dev.masker.domain.agent.Upstream;
import dev.masker.domain.masking.policy.Tokenization;
import dev.masker.domain.user.Role;
import java.time.Instant;

/**
 * How domain values read in JSON, for the MapStruct mappers of the resources ({@code uses =
 * ApiValues.class}): enums by their wire names, never their Java names, and times as {@link
 * ApiTime}.
 */
public final class ApiValues {
  private ApiValues() {}

  public static String time(Instant instant) {
    return ApiTime.format(instant);
  }

  public static String upstream(Upstream upstream) {
    return upstream.toString();
  }

  public static String tokenization(Tokenization tokenization) {
    return tokenization.wireName();
  }

  public static String role(Role role) {
    return role.wireName();
  }

  public static String plan(Plan plan) {
    return plan.wireName();
  }
}
