package dev.masker.domain.masking.policy;

import java.util.Optional;
import java.util.Set;

/** The policies every Masker ships with, by name. */
public final class BuiltInPolicies {
  public static final String HEALTHCARE_DEFAULT = "healthcare-default";
  public static final int HEALTHCARE_DEFAULT_VERSION = 1;

  private static final Set<String> NAMES = Set.of(HEALTHCARE_DEFAULT);

  private BuiltInPolicies() {}

  public static boolean exists(String name) {
    return NAMES.contains(name);
  }

  /** The built-in policy of that name as this server ships it, if there is one. */
  public static Optional<Policy> named(String name) {
    return find(name, HEALTHCARE_DEFAULT_VERSION);
  }

  /** The built-in policy of that name and version, if there is one. */
  public static Optional<Policy> find(String name, int version) {
    if (HEALTHCARE_DEFAULT.equals(name) && version == HEALTHCARE_DEFAULT_VERSION) {
      return Optional.of(Policy.healthcareDefault());
    }
    return Optional.empty();
  }
}
