package dev.masker.domain.auth;

import dev.masker.domain.common.InvalidValue;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What an API token may be used for. A token acts with its user's role, limited to the permissions
 * its scopes cover; no scope covers managing users or tokens, so a token never does either.
 */
public enum Scope {
  AGENTS_READ("agents:read"),
  /** Creating, changing and (for admins' tokens) deleting agents. */
  AGENTS_WRITE("agents:write"),
  SESSIONS_READ("sessions:read"),
  REPORTS_READ("reports:read"),
  AUDIT_READ("audit:read");

  /** The permission of a role that deleting agents takes, covered by {@link #AGENTS_WRITE}. */
  private static final String DELETE_AGENTS = "agents:delete";

  private static final String ALL =
      Arrays.stream(values()).map(Scope::wireName).collect(Collectors.joining(", "));

  private final String wireName;

  Scope(String wireName) {
    this.wireName = wireName;
  }

  public String wireName() {
    return wireName;
  }

  /**
   * The scope of that wire name.
   *
   * @throws InvalidValue naming {@code field} when there is none
   */
  public static Scope fromWireName(String field, String name) {
    for (var scope : values()) {
      if (scope.wireName.equals(name)) {
        return scope;
      }
    }
    throw new InvalidValue(field, "must be one of " + ALL);
  }

  /** The scope a token needs for a permission of a role; none for what tokens never do. */
  public static Optional<Scope> covering(String permission) {
    if (DELETE_AGENTS.equals(permission)) {
      return Optional.of(AGENTS_WRITE);
    }
    for (var scope : values()) {
      if (scope.wireName.equals(permission)) {
        return Optional.of(scope);
      }
    }
    return Optional.empty();
  }
}
