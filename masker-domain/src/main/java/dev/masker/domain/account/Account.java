package dev.masker.domain.account;

import dev.masker.domain.common.IdGenerator;
import dev.masker.domain.common.InvalidValue;
import java.time.Instant;
import java.util.Objects;

/** A tenant: everything a customer owns hangs off one account, and never crosses to another. */
public final class Account {
  public static final int MAX_NAME_LENGTH = 128;

  private final AccountId id;
  private final String name;
  private final Plan plan;
  private final Instant createdAt;

  private Account(AccountId id, String name, Plan plan, Instant createdAt) {
    this.id = Objects.requireNonNull(id);
    this.name = Objects.requireNonNull(name);
    this.plan = Objects.requireNonNull(plan);
    this.createdAt = Objects.requireNonNull(createdAt);
  }

  public static Account open(IdGenerator ids, String name, Plan plan, Instant now) {
    var trimmed = name == null ? "" : name.strip();
    if (trimmed.isEmpty() || trimmed.length() > MAX_NAME_LENGTH) {
      throw new InvalidValue("account.name", "must be 1 to " + MAX_NAME_LENGTH + " characters");
    }
    return new Account(AccountId.next(ids), trimmed, plan, now);
  }

  public static Account reconstitute(AccountId id, String name, Plan plan, Instant createdAt) {
    return new Account(id, name, plan, createdAt);
  }

  public AccountId id() {
    return id;
  }

  public String name() {
    return name;
  }

  public Plan plan() {
    return plan;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
