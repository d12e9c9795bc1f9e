package dev.masker.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masker.domain.account.Account;
import dev.masker.domain.account.Plan;
import dev.masker.domain.auth.WebSession;
import dev.masker.domain.common.MonotonicUlids;
import dev.masker.domain.common.Secret;
import dev.masker.domain.user.Email;
import dev.masker.domain.user.PasswordHash;
import dev.masker.domain.user.Role;
import dev.masker.domain.user.User;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link WebSessionRepository} must do, run against the in-memory fake and the
 * PostgreSQL adapter. Each test signs in a user of its own, with cookie digests no other test uses.
 */
public abstract class WebSessionRepositoryContract {
  private static final MonotonicUlids IDS = new MonotonicUlids();
  private static final Instant T0 = Instant.parse("2026-05-03T21:14:32.481Z");

  protected abstract WebSessionRepository sessions();

  protected abstract UserRepository users();

  protected abstract AccountRepository accounts();

  protected abstract TransactionRunner tx();

  private User user;

  @BeforeEach
  void signUp() {
    var account = Account.open(IDS, "Clinic", Plan.BETA, T0);
    user =
        User.withPassword(
            IDS,
            account.id(),
            new Email("user-" + IDS.newUlid().toLowerCase() + "@clinic.example"),
            Role.MEMBER,
            new PasswordHash("$2a$04$hash"),
            T0);
    tx().inTransaction(
            () -> {
              accounts().add(account);
              users().add(user);
            });
  }

  private WebSession open() {
    var session = WebSession.open(Secret.generate("").digest(), user.id(), user.accountId(), T0);
    tx().inTransaction(() -> sessions().add(session));
    return session;
  }

  private WebSession find(String digest) {
    return tx().inTransaction(() -> sessions().find(digest)).orElse(null);
  }

  @Test
  void an_opened_session_is_found_by_its_digest_with_every_field() {
    var opened = open();

    var found = find(opened.secretDigest());

    assertThat(found).isNotNull();
    assertThat(found.secretDigest()).isEqualTo(opened.secretDigest());
    assertThat(found.userId()).isEqualTo(user.id());
    assertThat(found.accountId()).isEqualTo(user.accountId());
    assertThat(found.createdAt()).isEqualTo(T0);
    assertThat(found.extendedAt()).isEqualTo(T0);
  }

  @Test
  void an_unknown_digest_finds_no_session() {
    open();

    assertThat(find(Secret.generate("").digest())).isNull();
  }

  @Test
  void an_extension_is_stored_and_the_creation_time_kept() {
    var opened = open();
    var later = T0.plus(WebSession.EXTENSION_GRANULARITY).plusSeconds(1);
    var extended = ((WebSession.Use.Extended) opened.useAt(later)).session();

    tx().inTransaction(() -> sessions().update(extended));

    var found = find(opened.secretDigest());
    assertThat(found.extendedAt()).isEqualTo(later);
    assertThat(found.createdAt()).isEqualTo(T0);
    assertThat(found.expiresAt()).isEqualTo(later.plus(WebSession.LIFETIME));
  }

  @Test
  void updating_a_session_that_is_gone_does_not_bring_it_back() {
    var opened = open();
    tx().inTransaction(() -> sessions().delete(opened.secretDigest()));

    tx().inTransaction(
            () ->
                sessions()
                    .update(
                        ((WebSession.Use.Extended) opened.useAt(T0.plusSeconds(3600))).session()));

    assertThat(find(opened.secretDigest())).isNull();
  }

  @Test
  void a_deleted_session_is_gone_and_others_stay() {
    var signedOut = open();
    var other = open();

    tx().inTransaction(() -> sessions().delete(signedOut.secretDigest()));

    assertThat(find(signedOut.secretDigest())).isNull();
    assertThat(find(other.secretDigest())).isNotNull();
  }

  @Test
  void deleting_an_unknown_session_changes_nothing() {
    var kept = open();

    tx().inTransaction(() -> sessions().delete(Secret.generate("").digest()));

    assertThat(find(kept.secretDigest())).isNotNull();
  }

  @Test
  void ending_every_session_of_a_user_leaves_other_users_signed_in() {
    var first = open();
    var second = open();
    var otherUser =
        User.withPassword(
            IDS,
            user.accountId(),
            new Email("other-" + IDS.newUlid().toLowerCase() + "@clinic.example"),
            Role.MEMBER,
            new PasswordHash("$2a$04$hash"),
            T0);
    tx().inTransaction(() -> users().add(otherUser));
    var others =
        WebSession.open(Secret.generate("").digest(), otherUser.id(), otherUser.accountId(), T0);
    tx().inTransaction(() -> sessions().add(others));

    tx().inTransaction(() -> sessions().deleteAllOf(user.id()));

    assertThat(find(first.secretDigest())).isNull();
    assertThat(find(second.secretDigest())).isNull();
    assertThat(find(others.secretDigest())).isNotNull();
  }
}
