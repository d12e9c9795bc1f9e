package dev.masker.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masker.application.port.in.ResetAdminPasswordUseCase.Command;
import dev.masker.application.port.in.ResetAdminPasswordUseCase.Result;
import dev.masker.application.port.in.SignInUseCase;
import dev.masker.domain.user.Email;
import org.junit.jupiter.api.Test;

class ResetAdminPasswordServiceTest {
  private final World world = new World();
  private final ResetAdminPasswordService reset =
      new ResetAdminPasswordService(world.users, world.sessions, world.hasher, world.tx);

  private SignInUseCase.Result signIn(String email, String password) {
    return world.signIn().signIn(new SignInUseCase.Command(email, password, World.ADDRESS));
  }

  @Test
  void the_admin_signs_in_with_the_new_password_and_no_longer_with_the_old_one() {
    world.openAccountFor("alice@clinic.example");

    var result = reset.reset(new Command(new Email("Alice@Clinic.example")));

    var password = ((Result.Reset) result).password();
    assertThat(password.value()).hasSize(24);
    assertThat(signIn("alice@clinic.example", password.value()))
        .isInstanceOf(SignInUseCase.Result.SignedIn.class);
    assertThat(signIn("alice@clinic.example", World.PASSWORD))
        .isInstanceOf(SignInUseCase.Result.InvalidCredentials.class);
  }

  @Test
  void the_admins_sessions_end_and_other_users_stay_signed_in() {
    var admin = world.openAccountFor("alice@clinic.example");
    world.addMember(admin, "bob@clinic.example");
    signIn("alice@clinic.example", World.PASSWORD);
    signIn("bob@clinic.example", World.PASSWORD);
    assertThat(world.sessions.size()).isEqualTo(2);

    reset.reset(new Command(new Email("alice@clinic.example")));

    assertThat(world.sessions.size()).isEqualTo(1);
  }

  @Test
  void a_member_or_an_unknown_email_is_no_admin_and_nothing_changes() {
    var admin = world.openAccountFor("alice@clinic.example");
    world.addMember(admin, "bob@clinic.example");

    assertThat(reset.reset(new Command(new Email("bob@clinic.example"))))
        .isInstanceOf(Result.NoSuchAdmin.class);
    assertThat(reset.reset(new Command(new Email("nobody@clinic.example"))))
        .isInstanceOf(Result.NoSuchAdmin.class);
    assertThat(signIn("bob@clinic.example", World.PASSWORD))
        .isInstanceOf(SignInUseCase.Result.SignedIn.class);
  }

  @Test
  void the_text_of_the_outcome_shows_neither_the_password_nor_the_email() {
    world.openAccountFor("alice@clinic.example");

    var result = (Result.Reset) reset.reset(new Command(new Email("alice@clinic.example")));

    assertThat(result.toString()).doesNotContain(result.password().value()).doesNotContain("alice");
    assertThat(new Command(new Email("alice@clinic.example")).toString()).doesNotContain("alice");
  }
}
