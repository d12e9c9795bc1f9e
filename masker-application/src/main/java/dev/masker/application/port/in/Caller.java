package dev.masker.application.port.in;

import dev.masker.domain.account.AccountId;
import dev.masker.domain.user.Role;
import dev.masker.domain.user.UserId;
import java.util.Objects;

/** Who is calling: a signed-in user of one account, with a role there. */
public record Caller(UserId userId, AccountId accountId, Role role) {
  public Caller {
    Objects.requireNonNull(userId);
    Objects.requireNonNull(accountId);
    Objects.requireNonNull(role);
  }

  public boolean may(String permission) {
    return role.may(permission);
  }
}
