package dev.masker.application.fake;

import dev.masker.application.page.Keyset;
import dev.masker.application.port.out.ApiTokenRepository;
import dev.masker.domain.account.AccountId;
import dev.masker.domain.auth.ApiToken;
import dev.masker.domain.auth.ApiTokenId;
import dev.masker.domain.user.UserId;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

public final class InMemoryApiTokenRepository implements ApiTokenRepository {
  private static final Comparator<ApiToken> NEWEST_FIRST =
      Comparator.comparing(ApiToken::createdAt)
          .thenComparing(token -> token.id().value())
          .reversed();

  private final Map<ApiTokenId, ApiToken> tokens = new ConcurrentHashMap<>();
  private int usesRecorded;

  @Override
  public void add(ApiToken token) {
    tokens.put(token.id(), token);
  }

  @Override
  public Optional<ApiToken> findByDigest(String secretDigest) {
    return tokens.values().stream()
        .filter(token -> token.snapshot().secretDigest().equals(secretDigest))
        .findFirst();
  }

  @Override
  public Optional<ApiToken> find(AccountId account, ApiTokenId id) {
    return Optional.ofNullable(tokens.get(id)).filter(t -> t.accountId().equals(account));
  }

  @Override
  public List<ApiToken> list(
      AccountId account, Optional<UserId> owner, Optional<Keyset> after, int limit) {
    return tokens.values().stream()
        .filter(t -> t.accountId().equals(account))
        .filter(t -> owner.map(t.userId()::equals).orElse(true))
        .filter(t -> after.map(k -> isOlder(t, k)).orElse(true))
        .sorted(NEWEST_FIRST)
        .limit(limit)
        .toList();
  }

  private static boolean isOlder(ApiToken token, Keyset keyset) {
    int byTime = token.createdAt().compareTo(keyset.createdAt());
    return byTime < 0 || (byTime == 0 && token.id().value().compareTo(keyset.id()) < 0);
  }

  @Override
  public synchronized void recordUse(ApiTokenId id, Instant at) {
    usesRecorded++;
    tokens.computeIfPresent(
        id,
        (key, token) -> {
          var s = token.snapshot();
          if (s.lastUsedAt() != null && !s.lastUsedAt().isBefore(at)) {
            return token;
          }
          return ApiToken.reconstitute(
              new ApiToken.Snapshot(
                  s.id(),
                  s.accountId(),
                  s.userId(),
                  s.name(),
                  s.scopes(),
                  s.secretDigest(),
                  s.createdAt(),
                  s.expiresAt(),
                  at));
        });
  }

  @Override
  public boolean delete(AccountId account, ApiTokenId id) {
    return find(account, id).map(token -> tokens.remove(id) != null).orElse(false);
  }

  /** How many times a use was written: at most one a minute per token. */
  public synchronized int usesRecorded() {
    return usesRecorded;
  }

  public int size() {
    return tokens.size();
  }
}
