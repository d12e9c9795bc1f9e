package dev.masker.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.masker.domain.account.Account;
import dev.masker.domain.account.AccountId;
import dev.masker.domain.account.Plan;
import dev.masker.domain.common.MonotonicUlids;
import dev.masker.domain.user.Email;
import dev.masker.domain.user.GithubId;
import dev.masker.domain.user.PasswordHash;
import dev.masker.domain.user.Role;
import dev.masker.domain.user.User;
import dev.masker.domain.user.UserId;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link UserRepository} must do, run against the in-memory fake and the PostgreSQL
 * adapter. Each test uses an account and email addresses of its own, so the tests share nothing
 * (and the contract never asks for an empty store).
 */
public abstract class UserRepositoryContract {
  private static final MonotonicUlids IDS = new MonotonicUlids();
  private static final Instant T0 = Instant.parse("2026-05-03T21:14:32.481Z");
  private static final AtomicLong GITHUB_IDS =
      new AtomicLong(1_000_000_000_000L + new SecureRandom().nextLong(1L << 50));

  protected abstract UserRepository users();

  protected abstract AccountRepository accounts();

  protected abstract TransactionRunner tx();

  private AccountId account;

  @BeforeEach
  void openAccount() {
    var opened = Account.open(IDS, "Clinic", Plan.BETA, T0);
    tx().inTransaction(() -> accounts().add(opened));
    account = opened.id();
  }

  /** An address no other test uses. */
  private static Email freshEmail(String name) {
    return new Email(name + "-" + IDS.newUlid().toLowerCase() + "@clinic.example");
  }

  private User withPassword(Email email, Role role) {
    return User.withPassword(IDS, account, email, role, new PasswordHash("$2a$04$hash"), T0);
  }

  private User add(User user) {
    tx().inTransaction(() -> users().add(user));
    return user;
  }

  @Test
  void an_added_user_is_found_again_by_id_with_every_field() {
    var email = freshEmail("grace");
    var added =
        add(
            User.reconstitute(
                new User.Snapshot(
                    UserId.next(IDS),
                    account,
                    email,
                    "Grace Hopper",
                    "grace-gh",
                    Role.ADMIN,
                    new PasswordHash("$2a$04$grace"),
                    T0,
                    T0.plusSeconds(30))));

    var found = tx().inTransaction(() -> users().find(added.id())).orElseThrow();

    assertThat(found.snapshot()).isEqualTo(added.snapshot());
  }

  @Test
  void a_user_is_found_by_email_however_it_was_typed() {
    var email = freshEmail("alice");
    var added = add(withPassword(email, Role.MEMBER));

    var found =
        tx().inTransaction(() -> users().findByEmail(new Email(email.value().toUpperCase())));

    assertThat(found).map(User::id).contains(added.id());
  }

  @Test
  void an_unknown_id_or_email_finds_nobody() {
    assertThat(tx().inTransaction(() -> users().find(UserId.next(IDS)))).isEmpty();
    assertThat(tx().inTransaction(() -> users().findByEmail(freshEmail("nobody")))).isEmpty();
  }

  @Test
  void an_email_belongs_to_one_user_across_all_accounts() {
    var email = freshEmail("bob");
    add(withPassword(email, Role.MEMBER));
    var otherAccount = Account.open(IDS, "Other clinic", Plan.BETA, T0);
    tx().inTransaction(() -> accounts().add(otherAccount));
    var twin =
        User.withPassword(
            IDS, otherAccount.id(), email, Role.ADMIN, new PasswordHash("$2a$04$other"), T0);

    assertThatThrownBy(() -> tx().inTransaction(() -> users().add(twin)))
        .isInstanceOf(UserRepository.EmailAlreadyUsed.class);
    assertThat(tx().inTransaction(() -> users().find(twin.id()))).isEmpty();
  }

  @Test
  void users_without_an_email_do_not_collide() {
    var first = add(withoutEmail("first-gh"));
    var second = add(withoutEmail("second-gh"));

    assertThat(tx().inTransaction(() -> users().find(first.id()))).isPresent();
    assertThat(tx().inTransaction(() -> users().find(second.id())))
        .hasValueSatisfying(u -> assertThat(u.email()).isEmpty());
  }

  private User withoutEmail(String githubLogin) {
    return User.reconstitute(
        new User.Snapshot(
            UserId.next(IDS), account, null, null, githubLogin, Role.MEMBER, null, T0, null));
  }

  @Test
  void there_are_users_once_one_is_added() {
    add(withPassword(freshEmail("carol"), Role.ADMIN));

    assertThat(tx().inTransaction(() -> users().any())).isTrue();
  }

  @Test
  void recording_a_visit_changes_only_the_last_seen_time() {
    var added = add(withPassword(freshEmail("dave"), Role.MEMBER));

    tx().inTransaction(() -> users().recordSeen(added.id(), T0.plusSeconds(90)));

    var found = tx().inTransaction(() -> users().find(added.id())).orElseThrow();
    assertThat(found.lastSeenAt()).contains(T0.plusSeconds(90));
    assertThat(found.snapshot()).isEqualTo(added.seenAt(T0.plusSeconds(90)).snapshot());
  }

  @Test
  void recording_a_visit_of_an_unknown_user_adds_nobody() {
    var unknown = UserId.next(IDS);

    tx().inTransaction(() -> users().recordSeen(unknown, T0));

    assertThat(tx().inTransaction(() -> users().find(unknown))).isEmpty();
  }

  @Test
  void a_changed_password_hash_is_kept_and_nothing_else_changes() {
    var added = add(withPassword(freshEmail("erin"), Role.ADMIN));

    tx().inTransaction(() -> users().changePassword(added.id(), new PasswordHash("$2a$04$new")));

    var found = tx().inTransaction(() -> users().find(added.id())).orElseThrow();
    assertThat(found.passwordHash()).contains(new PasswordHash("$2a$04$new"));
    assertThat(found.snapshot())
        .isEqualTo(added.withPasswordHash(new PasswordHash("$2a$04$new")).snapshot());
  }

  @Test
  void changing_the_password_of_an_unknown_user_adds_nobody() {
    var unknown = UserId.next(IDS);

    tx().inTransaction(() -> users().changePassword(unknown, new PasswordHash("$2a$04$new")));

    assertThat(tx().inTransaction(() -> users().find(unknown))).isEmpty();
  }

  /** A GitHub id no other test uses. */
  private static GithubId freshGithubId() {
    return new GithubId(GITHUB_IDS.incrementAndGet());
  }

  private User fromGithub(GithubId githubId, Email email) {
    return User.withGithub(
        IDS, account, githubId, "octo-" + githubId, email, "Octo Cat", Role.ADMIN, T0);
  }

  @Test
  void a_github_user_is_found_by_the_github_id_with_every_field() {
    var githubId = freshGithubId();
    var added = add(fromGithub(githubId, freshEmail("octo")));

    var found = tx().inTransaction(() -> users().findByGithubId(githubId)).orElseThrow();

    assertThat(found.snapshot()).isEqualTo(added.snapshot());
    assertThat(tx().inTransaction(() -> users().findByGithubId(freshGithubId()))).isEmpty();
  }

  @Test
  void a_github_account_belongs_to_one_user() {
    var githubId = freshGithubId();
    add(fromGithub(githubId, null));
    var twin = fromGithub(githubId, null);

    assertThatThrownBy(() -> tx().inTransaction(() -> users().add(twin)))
        .isInstanceOf(UserRepository.EmailAlreadyUsed.class);
    assertThat(tx().inTransaction(() -> users().find(twin.id()))).isEmpty();
  }

  @Test
  void a_new_github_login_and_name_are_kept_and_nothing_else_changes() {
    var added = add(fromGithub(freshGithubId(), freshEmail("renamed")));

    tx().inTransaction(() -> users().updateGithubProfile(added.id(), "octo-renamed", null));

    var found = tx().inTransaction(() -> users().find(added.id())).orElseThrow();
    assertThat(found.snapshot())
        .isEqualTo(added.withGithubProfile("octo-renamed", null).snapshot());
  }
}
