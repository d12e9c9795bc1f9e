package dev.masker.application.port.in;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masker.domain.common.Secret;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each outcome of a use case is handed to its own function of {@code fold}, and only to it. */
class ResultFoldTest {
  private static String name(CreateAgentUseCase.Result result) {
    return result.fold(
        created -> "created",
        taken -> "name taken",
        upstream -> "unknown upstream " + upstream.provider(),
        policy -> "unknown policy " + policy.name(),
        invalid -> "invalid policy, " + invalid.problems().size() + " problems");
  }

  private static String name(DeleteAgentUseCase.Result result) {
    return result.fold(deleted -> "deleted", notFound -> "not found", forbidden -> "forbidden");
  }

  private static String name(AddUserUseCase.Result result) {
    return result.fold(added -> "added", taken -> "email taken", forbidden -> "forbidden");
  }

  private static String name(SignInUseCase.Result result) {
    return result.fold(
        signedIn -> "signed in",
        invalid -> "invalid credentials",
        throttled -> "throttled " + throttled.retryAfter().toSeconds(),
        busy -> "busy " + busy.retryAfter().toSeconds());
  }

  private static String name(OpenAccountUseCase.Result result) {
    return result.fold(opened -> "opened", taken -> "email taken", notFirst -> "not first");
  }

  @Test
  void creating_an_agent() {
    assertThat(name(new CreateAgentUseCase.Result.Created(null, java.util.Optional.empty())))
        .isEqualTo("created");
    assertThat(name(new CreateAgentUseCase.Result.NameTaken())).isEqualTo("name taken");
    assertThat(name(new CreateAgentUseCase.Result.UnknownUpstream("acme")))
        .isEqualTo("unknown upstream acme");
    assertThat(name(new CreateAgentUseCase.Result.UnknownPolicy("strict")))
        .isEqualTo("unknown policy strict");
    assertThat(name(new CreateAgentUseCase.Result.PolicyYamlInvalid(List.of())))
        .isEqualTo("invalid policy, 0 problems");
  }

  @Test
  void deleting_an_agent() {
    assertThat(name(new DeleteAgentUseCase.Result.Deleted())).isEqualTo("deleted");
    assertThat(name(new DeleteAgentUseCase.Result.NotFound())).isEqualTo("not found");
    assertThat(name(new DeleteAgentUseCase.Result.Forbidden())).isEqualTo("forbidden");
  }

  @Test
  void adding_a_user() {
    assertThat(name(new AddUserUseCase.Result.Added(null, java.util.Optional.empty())))
        .isEqualTo("added");
    assertThat(name(new AddUserUseCase.Result.EmailTaken())).isEqualTo("email taken");
    assertThat(name(new AddUserUseCase.Result.Forbidden())).isEqualTo("forbidden");
  }

  @Test
  void signing_in() {
    assertThat(name(new SignInUseCase.Result.SignedIn(new Secret("s")))).isEqualTo("signed in");
    assertThat(name(new SignInUseCase.Result.InvalidCredentials()))
        .isEqualTo("invalid credentials");
    assertThat(name(new SignInUseCase.Result.Throttled(Duration.ofSeconds(7))))
        .isEqualTo("throttled 7");
    assertThat(name(new SignInUseCase.Result.Busy(Duration.ofSeconds(1)))).isEqualTo("busy 1");
  }

  @Test
  void opening_an_account() {
    assertThat(name(new OpenAccountUseCase.Result.Opened(null, null))).isEqualTo("opened");
    assertThat(name(new OpenAccountUseCase.Result.EmailTaken())).isEqualTo("email taken");
    assertThat(name(new OpenAccountUseCase.Result.NotFirst())).isEqualTo("not first");
  }
}
