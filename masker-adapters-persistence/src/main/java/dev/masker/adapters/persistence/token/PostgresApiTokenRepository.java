package dev.masker.adapters.persistence.token;

import dev.masker.application.page.Keyset;
import dev.masker.application.port.out.ApiTokenRepository;
import dev.masker.domain.account.AccountId;
import dev.masker.domain.auth.ApiToken;
import dev.masker.domain.auth.ApiTokenId;
import dev.masker.domain.user.UserId;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class PostgresApiTokenRepository implements ApiTokenRepository {
  private static final Sort NEWEST_FIRST = Sort.descending("createdAt", "id");

  private final ApiTokenRows rows;

  public PostgresApiTokenRepository(ApiTokenRows rows) {
    this.rows = rows;
  }

  @Override
  public void add(ApiToken token) {
    rows.row(token.snapshot()).persist();
  }

  @Override
  public Optional<ApiToken> findByDigest(String secretDigest) {
    return ApiTokenEntity.<ApiTokenEntity>find("secretDigest", secretDigest)
        .firstResultOptional()
        .map(this::toToken);
  }

  @Override
  public Optional<ApiToken> find(AccountId account, ApiTokenId id) {
    return ApiTokenEntity.<ApiTokenEntity>find(
            "id = ?1 and accountId = ?2", id.value(), account.value())
        .firstResultOptional()
        .map(this::toToken);
  }

  @Override
  public List<ApiToken> list(
      AccountId account, Optional<UserId> owner, Optional<Keyset> after, int limit) {
    var query = new StringBuilder("accountId = :account");
    var parameters = Parameters.with("account", account.value());
    owner.ifPresent(
        user -> {
          query.append(" and userId = :owner");
          parameters.and("owner", user.value());
        });
    after.ifPresent(
        keyset -> {
          query.append(" and (createdAt < :time or (createdAt = :time and id < :id))");
          parameters.and("time", keyset.createdAt()).and("id", keyset.id());
        });
    return ApiTokenEntity.<ApiTokenEntity>find(query.toString(), NEWEST_FIRST, parameters)
        .range(0, limit - 1)
        .list()
        .stream()
        .map(this::toToken)
        .toList();
  }

  @Override
  public void recordUse(ApiTokenId id, Instant at) {
    // Never moves it back: another replica may have written a later use meanwhile.
    ApiTokenEntity.update(
        "lastUsedAt = ?1 where id = ?2 and (lastUsedAt is null or lastUsedAt < ?1)",
        at,
        id.value());
  }

  @Override
  public boolean delete(AccountId account, ApiTokenId id) {
    return ApiTokenEntity.delete("id = ?1 and accountId = ?2", id.value(), account.value()) > 0;
  }

  private ApiToken toToken(ApiTokenEntity row) {
    return ApiToken.reconstitute(rows.snapshot(row));
  }
}
