package dev.masker.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masker.application.page.Keyset;
import dev.masker.domain.account.Account;
import dev.masker.domain.account.Plan;
import dev.masker.domain.auth.ApiToken;
import dev.masker.domain.auth.ApiTokenId;
import dev.masker.domain.auth.ApiTokenName;
import dev.masker.domain.auth.Scope;
import dev.masker.domain.common.MonotonicUlids;
import dev.masker.domain.user.Email;
import dev.masker.domain.user.PasswordHash;
import dev.masker.domain.user.Role;
import dev.masker.domain.user.User;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ApiTokenRepository} must do, run against the in-memory fake and the PostgreSQL
 * adapter. Each test works with users and accounts of its own, so the tests share nothing.
 */
public abstract class ApiTokenRepositoryContract {
  private static final MonotonicUlids IDS = new MonotonicUlids();
  private static final Instant T0 = Instant.parse("2026-05-03T21:14:32.481Z");

  protected abstract ApiTokenRepository tokens();

  protected abstract UserRepository users();

  protected abstract AccountRepository accounts();

  protected abstract TransactionRunner tx();

  private User alice;
  private User bob;
  private User other;

  @BeforeEach
  void signUp() {
    var account = Account.open(IDS, "Clinic", Plan.BETA, T0);
    var otherAccount = Account.open(IDS, "Other", Plan.BETA, T0);
    alice = user(account, Role.ADMIN);
    bob = user(account, Role.MEMBER);
    other = user(otherAccount, Role.ADMIN);
    tx().inTransaction(
            () -> {
              accounts().add(account);
              accounts().add(otherAccount);
              users().add(alice);
              users().add(bob);
              users().add(other);
            });
  }

  private static User user(Account account, Role role) {
    return User.withPassword(
        IDS,
        account.id(),
        new Email("user-" + IDS.newUlid().toLowerCase() + "@clinic.example"),
        role,
        new PasswordHash("$2a$04$hash"),
        T0);
  }

  private ApiToken issue(User owner, Instant at, Optional<Instant> expiresAt) {
    var token =
        ApiToken.issue(
                IDS,
                owner.accountId(),
                owner.id(),
                new ApiTokenName("CI of " + owner.id()),
                EnumSet.of(Scope.SESSIONS_READ, Scope.AGENTS_READ),
                expiresAt,
                at)
            .token();
    tx().inTransaction(() -> tokens().add(token));
    return token;
  }

  private ApiToken issue(User owner, Instant at) {
    return issue(owner, at, Optional.empty());
  }

  private List<ApiTokenId> ids(List<ApiToken> tokens) {
    return tokens.stream().map(ApiToken::id).toList();
  }

  @Test
  void a_token_is_found_by_its_digest_with_every_field() {
    var expiry = T0.plusSeconds(86_400);
    var added = issue(alice, T0, Optional.of(expiry));

    var found =
        tx().inTransaction(() -> tokens().findByDigest(added.snapshot().secretDigest()))
            .orElseThrow();

    var s = found.snapshot();
    assertThat(s.id()).isEqualTo(added.id());
    assertThat(s.accountId()).isEqualTo(alice.accountId());
    assertThat(s.userId()).isEqualTo(alice.id());
    assertThat(s.name()).isEqualTo(added.snapshot().name());
    assertThat(s.scopes()).containsExactly(Scope.AGENTS_READ, Scope.SESSIONS_READ);
    assertThat(s.createdAt()).isEqualTo(T0);
    assertThat(s.expiresAt()).isEqualTo(expiry);
    assertThat(s.lastUsedAt()).isNull();
  }

  @Test
  void an_unknown_digest_finds_nothing() {
    issue(alice, T0);

    assertThat(tx().inTransaction(() -> tokens().findByDigest("0".repeat(64)))).isEmpty();
  }

  @Test
  void another_accounts_token_is_not_found_by_id_nor_deleted() {
    var theirs = issue(other, T0);

    assertThat(tx().inTransaction(() -> tokens().find(alice.accountId(), theirs.id()))).isEmpty();
    assertThat(tx().inTransaction(() -> tokens().delete(alice.accountId(), theirs.id()))).isFalse();
    assertThat(tx().inTransaction(() -> tokens().find(other.accountId(), theirs.id()))).isPresent();
  }

  @Test
  void the_list_is_newest_first_within_the_account_and_by_owner_when_asked() {
    var first = issue(alice, T0);
    var second = issue(bob, T0.plusSeconds(1));
    var third = issue(alice, T0.plusSeconds(2));
    issue(other, T0.plusSeconds(3));

    var all =
        tx().inTransaction(
                () -> tokens().list(alice.accountId(), Optional.empty(), Optional.empty(), 10));
    var alices =
        tx().inTransaction(
                () ->
                    tokens()
                        .list(alice.accountId(), Optional.of(alice.id()), Optional.empty(), 10));

    assertThat(ids(all)).containsExactly(third.id(), second.id(), first.id());
    assertThat(ids(alices)).containsExactly(third.id(), first.id());
  }

  @Test
  void a_page_continues_strictly_after_its_keyset_and_ties_are_broken_by_id() {
    var a = issue(alice, T0);
    var b = issue(alice, T0);
    var c = issue(alice, T0);

    var after = new Keyset(T0, c.id().value());
    var rest =
        tx().inTransaction(
                () -> tokens().list(alice.accountId(), Optional.empty(), Optional.of(after), 1));

    assertThat(ids(rest)).containsExactly(b.id());
    assertThat(a.id().value()).isLessThan(b.id().value());
  }

  @Test
  void a_use_is_stored_and_never_moved_back() {
    var token = issue(alice, T0);
    var later = T0.plusSeconds(120);

    tx().inTransaction(() -> tokens().recordUse(token.id(), later));
    tx().inTransaction(() -> tokens().recordUse(token.id(), T0.plusSeconds(60)));

    var found =
        tx().inTransaction(() -> tokens().find(alice.accountId(), token.id())).orElseThrow();
    assertThat(found.lastUsedAt()).contains(later);
  }

  @Test
  void a_deleted_token_is_gone_and_others_stay() {
    var revoked = issue(alice, T0);
    var kept = issue(alice, T0);

    assertThat(tx().inTransaction(() -> tokens().delete(alice.accountId(), revoked.id()))).isTrue();

    assertThat(tx().inTransaction(() -> tokens().findByDigest(revoked.snapshot().secretDigest())))
        .isEmpty();
    assertThat(tx().inTransaction(() -> tokens().find(alice.accountId(), kept.id()))).isPresent();
    assertThat(tx().inTransaction(() -> tokens().delete(alice.accountId(), revoked.id())))
        .isFalse();
  }

  @Test
  void every_scope_survives_storage() {
    var token =
        ApiToken.issue(
                IDS,
                alice.accountId(),
                alice.id(),
                new ApiTokenName("All"),
                Set.of(Scope.values()),
                Optional.empty(),
                T0)
            .token();
    tx().inTransaction(() -> tokens().add(token));

    var found =
        tx().inTransaction(() -> tokens().find(alice.accountId(), token.id())).orElseThrow();
    assertThat(found.scopes()).containsExactly(Scope.values());
  }
}
