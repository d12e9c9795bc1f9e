package dev.masker.application.port.in;

import dev.masker.domain.account.AccountId;
import dev.masker.domain.auth.Scope;
import dev.masker.domain.user.Role;
import dev.masker.domain.user.UserId;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Who is calling: a signed-in user of one account, with a role there; or an API token of such a
 * user, which may do only what both the role and its {@code tokenScopes} allow.
 */
public record Caller(
    UserId userId, AccountId accountId, Role role, Optional<Set<Scope>> tokenScopes) {
  public Caller {
    Objects.requireNonNull(userId);
    Objects.requireNonNull(accountId);
    Objects.requireNonNull(role);
    tokenScopes =
        Objects.requireNonNull(tokenScopes)
            .map(
                scopes -> {
                  var copy = EnumSet.noneOf(Scope.class);
                  copy.addAll(scopes);
                  return Collections.unmodifiableSet(copy);
                });
  }

  /** A user signed in in person (by the session cookie). */
  public Caller(UserId userId, AccountId accountId, Role role) {
    this(userId, accountId, role, Optional.empty());
  }

  /** A user's API token with those scopes. */
  public static Caller viaToken(UserId userId, AccountId accountId, Role role, Set<Scope> scopes) {
    return new Caller(userId, accountId, role, Optional.of(scopes));
  }

  /** Whether the caller is an API token rather than the user in person. */
  public boolean isToken() {
    return tokenScopes.isPresent();
  }

  public boolean may(String permission) {
    return role.may(permission)
        && tokenScopes
            .map(scopes -> Scope.covering(permission).map(scopes::contains).orElse(false))
            .orElse(true);
  }

  /** Every permission of the role the caller may use, in the role's order. */
  public List<String> permissions() {
    return role.permissions().stream().filter(this::may).toList();
  }
}
