package dev.masker.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.masker.application.port.in.SignInUseCase;
import dev.masker.domain.common.Secret;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SignOutServiceTest {
  private final World world = new World();
  private final SignOutService signOut = world.signOut();

  @BeforeEach
  void openAccount() {
    world.openAccountFor("alice@clinic.example");
  }

  private Secret signIn() {
    var result =
        world
            .signIn()
            .signIn(
                new SignInUseCase.Command("alice@clinic.example", World.PASSWORD, World.ADDRESS));
    return ((SignInUseCase.Result.SignedIn) result).sessionSecret();
  }

  @Test
  void after_signing_out_the_session_no_longer_signs_anyone_in() {
    var secret = signIn();

    signOut.signOut(secret);

    assertThat(world.authenticate().authenticate(secret)).isEmpty();
    assertThat(world.sessions.find(secret.digest())).isEmpty();
  }

  @Test
  void signing_out_ends_only_that_session() {
    var laptop = signIn();
    var phone = signIn();

    signOut.signOut(laptop);

    assertThat(world.authenticate().authenticate(phone)).isPresent();
    assertThat(world.sessions.size()).isEqualTo(1);
  }

  @Test
  void signing_out_with_an_unknown_or_already_ended_session_is_harmless() {
    var secret = signIn();
    signOut.signOut(secret);

    assertThatCode(() -> signOut.signOut(secret)).doesNotThrowAnyException();
    assertThatCode(() -> signOut.signOut(Secret.generate(""))).doesNotThrowAnyException();
    assertThat(world.sessions.size()).isZero();
  }
}
