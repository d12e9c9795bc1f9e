package dev.masker.application.port.out;

import dev.masker.application.page.Keyset;
import dev.masker.domain.account.AccountId;
import dev.masker.domain.auth.ApiToken;
import dev.masker.domain.auth.ApiTokenId;
import dev.masker.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** API tokens, found by the digest of their secret or, within one account, by id. */
public interface ApiTokenRepository {
  void add(ApiToken token);

  /** The token whose secret has that SHA-256 digest, whatever its account. */
  Optional<ApiToken> findByDigest(String secretDigest);

  Optional<ApiToken> find(AccountId account, ApiTokenId id);

  /**
   * The account's tokens (only {@code owner}'s when given), newest first (creation time, then id),
   * strictly after {@code after} when given, at most {@code limit}.
   */
  List<ApiToken> list(AccountId account, Optional<UserId> owner, Optional<Keyset> after, int limit);

  /** Stores when the token was last used; nothing happens for a token that is gone. */
  void recordUse(ApiTokenId id, Instant at);

  /** Deletes the token; false when the account has no such token. */
  boolean delete(AccountId account, ApiTokenId id);
}
