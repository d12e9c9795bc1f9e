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
    return new Account(AccountId.next(ids), validName(name), plan, now);
  }

  /**
   * {@code name} without spaces at either end.
   *
   * @throws InvalidValue when that leaves nothing, or more than {@link #MAX_NAME_LENGTH} characters
   */
  public static String validName(String name) {
    var trimmed = name == null ? "" : name.strip();
    if (trimmed.isEmpty() || trimmed.length() > MAX_NAME_LENGTH) {
      throw new InvalidValue("account.name", "must be 1 to " + MAX_NAME_LENGTH + " characters");
    }
    return trimmed;
  }

  /** Everything an account is made of, as stored and as shown. */
  public record Snapshot(AccountId id, String name, Plan plan, Instant createdAt) {
    public Snapshot {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(plan, "plan");
      Objects.requireNonNull(createdAt, "createdAt");
    }
  }

  /** An account read back from storage. */
  public static Account reconstitute(Snapshot stored) {
    return new Account(stored.id(), stored.name(), stored.plan(), stored.createdAt());
  }

  /** The account as plain data, to store or to show. */
  public Snapshot snapshot() {
    return new Snapshot(id, name, plan, createdAt);
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
