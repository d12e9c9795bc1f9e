package dev.masker.application.port.in;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masker.domain.auth.ReturnPath;
import dev.masker.domain.common.Secret;
import org.junit.jupiter.api.Test;

/** Each outcome of the two GitHub sign-in use cases goes to its own function of {@code fold}. */
class GithubSignInResultFoldTest {
  private static String name(StartGithubSignInUseCase.Result result) {
    return result.fold(redirect -> "redirect " + redirect.authorizeUrl(), disabled -> "disabled");
  }

  private static String name(FinishGithubSignInUseCase.Result result) {
    return result.fold(
        signedIn -> "signed in to " + signedIn.returnPath().value(),
        disabled -> "disabled",
        invalidState -> "invalid state",
        denied -> "denied",
        exchangeFailed -> "exchange failed",
        emailTaken -> "email taken");
  }

  @Test
  void starting() {
    assertThat(
            name(
                new StartGithubSignInUseCase.Result.Redirect(
                    new Secret("s"), "https://github.example/authorize")))
        .isEqualTo("redirect https://github.example/authorize");
    assertThat(name(new StartGithubSignInUseCase.Result.Disabled())).isEqualTo("disabled");
  }

  @Test
  void finishing() {
    assertThat(
            name(
                new FinishGithubSignInUseCase.Result.SignedIn(
                    new Secret("s"), ReturnPath.of("/portal/x"))))
        .isEqualTo("signed in to /portal/x");
    assertThat(name(new FinishGithubSignInUseCase.Result.Disabled())).isEqualTo("disabled");
    assertThat(name(new FinishGithubSignInUseCase.Result.InvalidState()))
        .isEqualTo("invalid state");
    assertThat(name(new FinishGithubSignInUseCase.Result.Denied())).isEqualTo("denied");
    assertThat(name(new FinishGithubSignInUseCase.Result.ExchangeFailed()))
        .isEqualTo("exchange failed");
    assertThat(name(new FinishGithubSignInUseCase.Result.EmailTaken())).isEqualTo("email taken");
  }

  @Test
  void a_signed_in_result_and_a_command_never_show_their_secrets() {
    assertThat(
            new FinishGithubSignInUseCase.Result.SignedIn(
                    new Secret("cookie-value"), ReturnPath.PORTAL)
                .toString())
        .doesNotContain("cookie-value");
    assertThat(
            new FinishGithubSignInUseCase.Command("state-a", "state-a", "code-b", "https://x")
                .toString())
        .doesNotContain("state-a")
        .doesNotContain("code-b");
  }
}
