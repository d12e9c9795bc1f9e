package dev.masker.domain.policy;

import java.util.Set;

/** The policies every Masker ships with, by name. The masking engine gives them their content. */
public final class BuiltInPolicies {
  public static final String HEALTHCARE_DEFAULT = "healthcare-default";
  public static final int HEALTHCARE_DEFAULT_VERSION = 1;

  private static final Set<String> NAMES = Set.of(HEALTHCARE_DEFAULT);

  private BuiltInPolicies() {}

  public static boolean exists(String name) {
    return NAMES.contains(name);
  }
}
