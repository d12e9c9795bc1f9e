package dev.masker.domain.auth;

import dev.masker.domain.account.AccountId;
import dev.masker.domain.common.IdGenerator;
import dev.masker.domain.common.InvalidValue;
import dev.masker.domain.common.Secret;
import dev.masker.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A credential a user creates for scripts and services: it acts as that user, limited to its
 * scopes, until it is revoked or expires. The server knows it only by the SHA-256 digest of its
 * secret ({@code mk_} and 256 random bits), shown once when the token is issued. When it was last
 * used is written at most once per {@link #USE_GRANULARITY}.
 */
public final class ApiToken {
  public static final String SECRET_PREFIX = "mk_";
  public static final Duration USE_GRANULARITY = Duration.ofMinutes(1);

  /** {@code mk_} and 32 bytes in unpadded base64url, as {@link Secret#generate} writes them. */
  private static final Pattern SECRET_SHAPE = Pattern.compile("mk_[A-Za-z0-9_-]{43}");

  private final ApiTokenId id;
  private final AccountId accountId;
  private final UserId userId;
  private final ApiTokenName name;
  private final Set<Scope> scopes;
  private final String secretDigest;
  private final Instant createdAt;
  private final Instant expiresAt;
  private final Instant lastUsedAt;

  private ApiToken(Snapshot s) {
    this.id = s.id();
    this.accountId = s.accountId();
    this.userId = s.userId();
    this.name = s.name();
    this.scopes = s.scopes();
    this.secretDigest = s.secretDigest();
    this.createdAt = s.createdAt();
    this.expiresAt = s.expiresAt();
    this.lastUsedAt = s.lastUsedAt();
  }

  /**
   * A new token of {@code user} in {@code account}, and its secret, which nobody will see again.
   *
   * @throws InvalidValue when {@code expiresAt} is not after {@code now}
   */
  public static Issued issue(
      IdGenerator ids,
      AccountId account,
      UserId user,
      ApiTokenName name,
      Set<Scope> scopes,
      Optional<Instant> expiresAt,
      Instant now) {
    if (expiresAt.isPresent() && !expiresAt.get().isAfter(now)) {
      throw new InvalidValue("expires_at", "must be in the future");
    }
    var secret = Secret.generate(SECRET_PREFIX);
    var token =
        new ApiToken(
            new Snapshot(
                ApiTokenId.next(ids),
                account,
                user,
                name,
                scopes,
                secret.digest(),
                now,
                expiresAt.orElse(null),
                null));
    return new Issued(token, secret);
  }

  /** A token read back from storage. */
  public static ApiToken reconstitute(Snapshot stored) {
    return new ApiToken(stored);
  }

  /**
   * Whether {@code text} has the shape of a token's secret; anything else is no token's, and needs
   * no look-up.
   */
  public static boolean isSecretShaped(String text) {
    return text != null && SECRET_SHAPE.matcher(text).matches();
  }

  /** The outcome of using the token at {@code now}. */
  public Use useAt(Instant now) {
    if (expiresAt != null && !now.isBefore(expiresAt)) {
      return new Use.Expired();
    }
    if (lastUsedAt != null && Duration.between(lastUsedAt, now).compareTo(USE_GRANULARITY) < 0) {
      return new Use.Current(this);
    }
    return new Use.Noted(
        new ApiToken(
            new Snapshot(
                id, accountId, userId, name, scopes, secretDigest, createdAt, expiresAt, now)));
  }

  public Snapshot snapshot() {
    return new Snapshot(
        id, accountId, userId, name, scopes, secretDigest, createdAt, expiresAt, lastUsedAt);
  }

  public ApiTokenId id() {
    return id;
  }

  public AccountId accountId() {
    return accountId;
  }

  public UserId userId() {
    return userId;
  }

  public Set<Scope> scopes() {
    return scopes;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Optional<Instant> lastUsedAt() {
    return Optional.ofNullable(lastUsedAt);
  }

  /** A token just issued, and its secret: the only time the secret exists outside its owner. */
  public record Issued(ApiToken token, Secret secret) {
    public Issued {
      Objects.requireNonNull(token, "token");
      Objects.requireNonNull(secret, "secret");
    }
  }

  /**
   * Everything a token is made of, as stored and as shown. {@code expiresAt} (never) and {@code
   * lastUsedAt} (not yet) may be null; {@code scopes} is never empty.
   */
  public record Snapshot(
      ApiTokenId id,
      AccountId accountId,
      UserId userId,
      ApiTokenName name,
      Set<Scope> scopes,
      String secretDigest,
      Instant createdAt,
      Instant expiresAt,
      Instant lastUsedAt) {
    public Snapshot {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(accountId, "accountId");
      Objects.requireNonNull(userId, "userId");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(secretDigest, "secretDigest");
      Objects.requireNonNull(createdAt, "createdAt");
      if (scopes == null || scopes.isEmpty()) {
        throw new InvalidValue("scopes", "must name at least one scope");
      }
      scopes = Collections.unmodifiableSet(EnumSet.copyOf(scopes)); // in declaration order
    }

    @Override
    public String toString() {
      return "ApiToken.Snapshot[" + id + "]";
    }
  }

  /** What happened when a token was used. */
  public sealed interface Use {
    /** Past its expiry: the caller is not signed in. */
    record Expired() implements Use {}

    /** Valid, and its last use was noted recently enough that nothing needs writing. */
    record Current(ApiToken token) implements Use {}

    /** Valid, and this use must be stored as its last. */
    record Noted(ApiToken token) implements Use {}
  }
}
