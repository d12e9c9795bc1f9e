package dev.masker.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masker.application.port.in.FinishGithubSignInUseCase;
import dev.masker.application.port.in.FinishGithubSignInUseCase.Result;
import dev.masker.application.port.in.StartGithubSignInUseCase;
import dev.masker.application.port.out.GithubProvider.Profile;
import dev.masker.domain.account.Plan;
import dev.masker.domain.auth.OAuthState;
import dev.masker.domain.auth.ReturnPath;
import dev.masker.domain.user.Email;
import dev.masker.domain.user.GithubId;
import dev.masker.domain.user.Role;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Both steps of signing in with GitHub, over in-memory fakes and a scripted GitHub. */
class GithubSignInServiceTest {
  private static final Profile OCTOCAT =
      new Profile(
          new GithubId(583231),
          "octocat",
          "The Octocat",
          Optional.of(new Email("octocat@github.example")));

  private static final String CALLBACK = "https://masker.example/api/v1/auth/github/callback";

  private final World world = new World();
  private final StartGithubSignInService start = world.startGithubSignIn();
  private final FinishGithubSignInService finish = world.finishGithubSignIn();

  private String started(String redirectTo) {
    var result = start.start(new StartGithubSignInUseCase.Command(redirectTo, CALLBACK));
    return ((StartGithubSignInUseCase.Result.Redirect) result).state().value();
  }

  private Result callback(String state, String code) {
    return finish.finish(new FinishGithubSignInUseCase.Command(state, state, code, CALLBACK));
  }

  @Test
  void starting_keeps_only_the_digest_of_a_256_bit_state_and_points_at_github() {
    var result =
        (StartGithubSignInUseCase.Result.Redirect)
            start.start(new StartGithubSignInUseCase.Command("/portal", CALLBACK));

    assertThat(result.state().value()).hasSizeGreaterThanOrEqualTo(43);
    assertThat(result.authorizeUrl()).endsWith("state=" + result.state().value());
    assertThat(world.oauthStates.take(result.state().digest())).isPresent();
    assertThat(world.oauthStates.take(result.state().value())).isEmpty();
  }

  @Test
  void a_first_sign_in_opens_an_account_with_the_person_as_its_admin() {
    world.github.answer("code-1", OCTOCAT);
    var state = started("/portal/agents?tab=keys");

    var result = callback(state, "code-1");

    var signedIn = (Result.SignedIn) result;
    assertThat(signedIn.returnPath()).isEqualTo(ReturnPath.of("/portal/agents?tab=keys"));
    var session = world.sessions.find(signedIn.sessionSecret().digest()).orElseThrow();
    var user = world.users.find(session.userId()).orElseThrow();
    assertThat(user.role()).isEqualTo(Role.ADMIN);
    assertThat(user.githubLogin()).contains("octocat");
    assertThat(user.githubId()).contains(new GithubId(583231));
    assertThat(user.email()).contains(new Email("octocat@github.example"));
    assertThat(user.lastSeenAt()).contains(World.T0);
    var account = world.accounts.find(user.accountId()).orElseThrow();
    assertThat(account.name()).isEqualTo("octocat");
    assertThat(account.plan()).isEqualTo(Plan.BETA);
  }

  @Test
  void a_returning_person_signs_in_as_the_same_user_with_the_new_login() {
    world.github.answer("code-1", OCTOCAT);
    world.github.answer("code-2", new Profile(OCTOCAT.id(), "octo-renamed", null, OCTOCAT.email()));
    var first = (Result.SignedIn) callback(started(null), "code-1");

    var second = (Result.SignedIn) callback(started(null), "code-2");

    var firstUser = world.sessions.find(first.sessionSecret().digest()).orElseThrow().userId();
    var secondUser = world.sessions.find(second.sessionSecret().digest()).orElseThrow().userId();
    assertThat(secondUser).isEqualTo(firstUser);
    assertThat(world.users.find(firstUser).orElseThrow().githubLogin()).contains("octo-renamed");
    assertThat(world.users.find(firstUser).orElseThrow().name()).isEmpty();
  }

  @Test
  void a_state_is_good_once() {
    world.github.answer("code-1", OCTOCAT);
    var state = started(null);
    assertThat(callback(state, "code-1")).isInstanceOf(Result.SignedIn.class);

    assertThat(callback(state, "code-1")).isInstanceOf(Result.InvalidState.class);
  }

  @Test
  void a_state_used_after_ten_minutes_is_refused_without_asking_github() {
    world.github.answer("code-1", OCTOCAT);
    var state = started(null);
    world.clock.advance(OAuthState.LIFETIME);

    assertThat(callback(state, "code-1")).isInstanceOf(Result.InvalidState.class);
    assertThat(world.github.exchanged()).isEmpty();
  }

  @Test
  void a_state_that_differs_from_the_browsers_or_is_missing_is_refused() {
    world.github.answer("code-1", OCTOCAT);
    var state = started(null);
    var other = started(null);

    assertThat(
            finish.finish(new FinishGithubSignInUseCase.Command(other, state, "code-1", CALLBACK)))
        .isInstanceOf(Result.InvalidState.class);
    assertThat(
            finish.finish(new FinishGithubSignInUseCase.Command(null, state, "code-1", CALLBACK)))
        .isInstanceOf(Result.InvalidState.class);
    assertThat(
            finish.finish(new FinishGithubSignInUseCase.Command(state, null, "code-1", CALLBACK)))
        .isInstanceOf(Result.InvalidState.class);
    assertThat(finish.finish(new FinishGithubSignInUseCase.Command(state, " ", "code-1", CALLBACK)))
        .isInstanceOf(Result.InvalidState.class);
    assertThat(world.github.exchanged()).isEmpty();
    // A mismatch does not use the state up: the browser that holds it can still finish.
    assertThat(callback(state, "code-1")).isInstanceOf(Result.SignedIn.class);
  }

  @Test
  void a_made_up_state_is_refused() {
    var madeUp = "made-up-state-of-sufficient-length-for-anyone-0001";

    assertThat(callback(madeUp, "code-1")).isInstanceOf(Result.InvalidState.class);
  }

  @Test
  void no_code_means_the_person_said_no_at_github() {
    assertThat(callback(started(null), null)).isInstanceOf(Result.Denied.class);
  }

  @Test
  void a_failed_exchange_signs_nobody_in_and_uses_the_state_up() {
    var state = started(null);

    assertThat(callback(state, "unknown-code")).isInstanceOf(Result.ExchangeFailed.class);
    world.github.answer("unknown-code", OCTOCAT);
    assertThat(callback(state, "unknown-code")).isInstanceOf(Result.InvalidState.class);
    assertThat(world.users.findByGithubId(OCTOCAT.id())).isEmpty();
  }

  @Test
  void an_email_of_a_local_user_is_not_taken_over() {
    var local = world.openAccountFor("octocat@github.example");
    world.github.answer("code-1", OCTOCAT);

    assertThat(callback(started(null), "code-1")).isInstanceOf(Result.EmailTaken.class);
    assertThat(world.users.findByGithubId(OCTOCAT.id())).isEmpty();
    assertThat(world.users.find(local.userId()).orElseThrow().githubLogin()).isEmpty();
  }

  @Test
  void a_person_without_an_email_gets_a_user_without_one() {
    world.github.answer("code-1", new Profile(new GithubId(42), "no-mail", null, Optional.empty()));

    var signedIn = (Result.SignedIn) callback(started(null), "code-1");

    var user = world.sessions.find(signedIn.sessionSecret().digest()).orElseThrow().userId();
    assertThat(world.users.find(user).orElseThrow().email()).isEmpty();
  }

  @Test
  void without_configuration_both_steps_are_off() {
    world.github.unconfigured();

    assertThat(start.start(new StartGithubSignInUseCase.Command("/portal", CALLBACK)))
        .isInstanceOf(StartGithubSignInUseCase.Result.Disabled.class);
    assertThat(callback("some-state", "code-1")).isInstanceOf(Result.Disabled.class);
    assertThat(world.oauthStates.size()).isZero();
  }

  @Test
  void abandoned_sign_ins_are_forgotten_when_another_starts() {
    started(null);
    world.clock.advance(OAuthState.LIFETIME.plus(Duration.ofSeconds(1)));

    started(null);

    assertThat(world.oauthStates.size()).isEqualTo(1);
  }
}
