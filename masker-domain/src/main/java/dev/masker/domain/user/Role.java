package dev.masker.domain.user;

import dev.masker.domain.common.InvalidValue;
import java.util.List;
import java.util.Locale;

/** What a user may do in their account. */
public enum Role {
  /** Everything, including deleting agents and managing other users. */
  ADMIN(
      List.of(
          "agents:read",
          "agents:write",
          "agents:delete",
          "sessions:read",
          "reports:read",
          "audit:read",
          "users:manage",
          "tokens:manage")),
  /** Everything but deleting agents and managing other users and their tokens. */
  MEMBER(List.of("agents:read", "agents:write", "sessions:read", "reports:read", "audit:read"));

  private final List<String> permissions;

  Role(List<String> permissions) {
    this.permissions = permissions;
  }

  public List<String> permissions() {
    return permissions;
  }

  public boolean may(String permission) {
    return permissions.contains(permission);
  }

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Role fromWireName(String name) {
    for (var role : values()) {
      if (role.wireName().equals(name)) {
        return role;
      }
    }
    throw new InvalidValue("role", "must be admin or member");
  }
}
