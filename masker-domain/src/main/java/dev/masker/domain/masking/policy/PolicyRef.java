package dev.masker.domain.masking.policy;

import dev.masker.domain.common.InvalidValue;

/** Which version of which masking policy an agent applies. */
public record PolicyRef(String name, int version) {
  public PolicyRef {
    if (name == null || name.isBlank()) {
      throw new InvalidValue("policy_name", "is required");
    }
    if (version < 1) {
      throw new InvalidValue("policy_version", "must be at least 1");
    }
  }
}
