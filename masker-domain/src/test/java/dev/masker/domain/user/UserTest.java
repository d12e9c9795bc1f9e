package dev.masker.domain.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.masker.domain.account.AccountId;
import dev.masker.domain.common.MonotonicUlids;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class UserTest {
  private static final MonotonicUlids IDS = new MonotonicUlids();
  private static final Instant NOW = Instant.parse("2026-05-03T21:14:32.481Z");

  private final User user =
      User.withPassword(
          IDS,
          AccountId.next(IDS),
          new Email("alice@clinic.example"),
          Role.ADMIN,
          new PasswordHash("$2a$04$hash"),
          NOW);

  @Test
  void a_user_read_back_from_its_snapshot_is_the_same_user() {
    var copy = User.reconstitute(user.seenAt(NOW.plusSeconds(5)).snapshot());

    assertThat(copy.id()).isEqualTo(user.id());
    assertThat(copy.email()).contains(new Email("alice@clinic.example"));
    assertThat(copy.role()).isEqualTo(Role.ADMIN);
    assertThat(copy.passwordHash()).contains(new PasswordHash("$2a$04$hash"));
    assertThat(copy.lastSeenAt()).contains(NOW.plusSeconds(5));
    assertThat(copy.name()).isEmpty();
    assertThat(copy.githubLogin()).isEmpty();
  }

  @Test
  void the_text_of_a_snapshot_shows_only_the_id() {
    var text = user.snapshot().toString();

    assertThat(text).contains(user.id().value()).doesNotContain("alice").doesNotContain("$2a$");
  }

  @Test
  void a_snapshot_needs_an_id_an_account_a_role_and_a_creation_time() {
    var snapshot = user.snapshot();

    assertThatThrownBy(
            () ->
                new User.Snapshot(
                    snapshot.id(), snapshot.accountId(), null, null, null, null, null, NOW, null))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void a_github_user_is_known_by_the_github_id_and_has_no_password() {
    var github =
        User.withGithub(
            IDS,
            AccountId.next(IDS),
            new GithubId(583231),
            "octocat",
            new Email("octocat@github.example"),
            "The Octocat",
            Role.ADMIN,
            NOW);

    var copy = User.reconstitute(github.snapshot());

    assertThat(copy.githubId()).contains(new GithubId(583231));
    assertThat(copy.githubLogin()).contains("octocat");
    assertThat(copy.passwordHash()).isEmpty();
    assertThat(copy.withGithubProfile("octo-renamed", null).snapshot())
        .isEqualTo(
            new User.Snapshot(
                copy.id(),
                copy.accountId(),
                new Email("octocat@github.example"),
                null,
                "octo-renamed",
                Role.ADMIN,
                null,
                NOW,
                null,
                new GithubId(583231)));
  }

  @Test
  void a_github_id_is_a_positive_number() {
    assertThatThrownBy(() -> new GithubId(0)).isInstanceOf(IllegalArgumentException.class);
  }
}
