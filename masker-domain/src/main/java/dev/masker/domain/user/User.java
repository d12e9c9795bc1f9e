package dev.masker.domain.user;

import dev.masker.domain.account.AccountId;
import dev.masker.domain.common.IdGenerator;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** A person who signs in to one account, with a role there. */
public final class User {
  private final UserId id;
  private final AccountId accountId;
  private final Email email;
  private final String name;
  private final String githubLogin;
  private final Role role;
  private final PasswordHash passwordHash;
  private final Instant createdAt;
  private final Instant lastSeenAt;
  private final GithubId githubId;

  private User(
      UserId id,
      AccountId accountId,
      Email email,
      String name,
      String githubLogin,
      Role role,
      PasswordHash passwordHash,
      Instant createdAt,
      Instant lastSeenAt,
      GithubId githubId) {
    this.id = Objects.requireNonNull(id);
    this.accountId = Objects.requireNonNull(accountId);
    this.email = email;
    this.name = name;
    this.githubLogin = githubLogin;
    this.role = Objects.requireNonNull(role);
    this.passwordHash = passwordHash;
    this.createdAt = Objects.requireNonNull(createdAt);
    this.lastSeenAt = lastSeenAt;
    this.githubId = githubId;
  }

  /** A user who signs in locally with an email and a password. */
  public static User withPassword(
      IdGenerator ids,
      AccountId accountId,
      Email email,
      Role role,
      PasswordHash passwordHash,
      Instant now) {
    return new User(
        UserId.next(ids),
        accountId,
        Objects.requireNonNull(email),
        null,
        null,
        role,
        Objects.requireNonNull(passwordHash),
        now,
        null,
        null);
  }

  /**
   * A user who signs in with GitHub: known by {@code githubId}, shown with the login and, when
   * GitHub gave them, the name and a verified email (both may be null). No password.
   */
  public static User withGithub(
      IdGenerator ids,
      AccountId accountId,
      GithubId githubId,
      String githubLogin,
      Email email,
      String name,
      Role role,
      Instant now) {
    return new User(
        UserId.next(ids),
        accountId,
        email,
        name,
        Objects.requireNonNull(githubLogin),
        role,
        null,
        now,
        null,
        Objects.requireNonNull(githubId));
  }

  /**
   * Everything a user is made of, as stored and as shown: what adapters copy to and from their own
   * types. {@code email}, {@code name}, {@code githubLogin}, {@code passwordHash}, {@code
   * lastSeenAt} and {@code githubId} may be null. Its text never shows the email, name or hash.
   */
  public record Snapshot(
      UserId id,
      AccountId accountId,
      Email email,
      String name,
      String githubLogin,
      Role role,
      PasswordHash passwordHash,
      Instant createdAt,
      Instant lastSeenAt,
      GithubId githubId) {
    public Snapshot {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(accountId, "accountId");
      Objects.requireNonNull(role, "role");
      Objects.requireNonNull(createdAt, "createdAt");
    }

    /** A user who has never signed in with GitHub. */
    public Snapshot(
        UserId id,
        AccountId accountId,
        Email email,
        String name,
        String githubLogin,
        Role role,
        PasswordHash passwordHash,
        Instant createdAt,
        Instant lastSeenAt) {
      this(
          id, accountId, email, name, githubLogin, role, passwordHash, createdAt, lastSeenAt, null);
    }

    @Override
    public String toString() {
      return "User.Snapshot[" + id + "]";
    }
  }

  /** A user read back from storage. */
  public static User reconstitute(Snapshot stored) {
    return new User(
        stored.id(),
        stored.accountId(),
        stored.email(),
        stored.name(),
        stored.githubLogin(),
        stored.role(),
        stored.passwordHash(),
        stored.createdAt(),
        stored.lastSeenAt(),
        stored.githubId());
  }

  /** The user as plain data, to store or to show. */
  public Snapshot snapshot() {
    return new Snapshot(
        id,
        accountId,
        email,
        name,
        githubLogin,
        role,
        passwordHash,
        createdAt,
        lastSeenAt,
        githubId);
  }

  /** The same user, signing in with the password behind {@code hash} from now on. */
  public User withPasswordHash(PasswordHash hash) {
    return new User(
        id,
        accountId,
        email,
        name,
        githubLogin,
        role,
        Objects.requireNonNull(hash),
        createdAt,
        lastSeenAt,
        githubId);
  }

  /** The same user, shown with the login and name GitHub gives now (the name may be null). */
  public User withGithubProfile(String login, String name) {
    return new User(
        id,
        accountId,
        email,
        name,
        Objects.requireNonNull(login),
        role,
        passwordHash,
        createdAt,
        lastSeenAt,
        githubId);
  }

  /** The same user, seen now. */
  public User seenAt(Instant now) {
    return new User(
        id, accountId, email, name, githubLogin, role, passwordHash, createdAt, now, githubId);
  }

  public UserId id() {
    return id;
  }

  public AccountId accountId() {
    return accountId;
  }

  public Optional<Email> email() {
    return Optional.ofNullable(email);
  }

  public Optional<String> name() {
    return Optional.ofNullable(name);
  }

  public Optional<String> githubLogin() {
    return Optional.ofNullable(githubLogin);
  }

  public Role role() {
    return role;
  }

  public Optional<PasswordHash> passwordHash() {
    return Optional.ofNullable(passwordHash);
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Optional<Instant> lastSeenAt() {
    return Optional.ofNullable(lastSeenAt);
  }

  /** The GitHub account this user signs in with, if any. */
  public Optional<GithubId> githubId() {
    return Optional.ofNullable(githubId);
  }
}
