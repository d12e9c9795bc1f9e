package dev.masker.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masker.application.port.in.AddUserUseCase.Command;
import dev.masker.application.port.in.AddUserUseCase.Result;
import dev.masker.application.port.in.Caller;
import dev.masker.application.port.in.SignInUseCase;
import dev.masker.domain.user.Email;
import dev.masker.domain.user.Password;
import dev.masker.domain.user.Role;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AddUserServiceTest {
  private final World world = new World();
  private final Caller admin = world.openAccountFor("alice@clinic.example");
  private final AddUserService addUser = world.addUser();

  private SignInUseCase.Result signIn(String email, String password) {
    return world.signIn().signIn(new SignInUseCase.Command(email, password, World.ADDRESS));
  }

  private static Command command(String email, Role role, Optional<String> password) {
    return new Command(new Email(email), role, password.map(Password::new));
  }

  @Test
  void an_admin_adds_a_member_whose_generated_password_then_signs_in() {
    var result = addUser.add(admin, command("Bob@Clinic.example", Role.MEMBER, Optional.empty()));

    assertThat(result).isInstanceOf(Result.Added.class);
    var added = (Result.Added) result;
    assertThat(added.user().accountId()).isEqualTo(admin.accountId());
    assertThat(added.user().role()).isEqualTo(Role.MEMBER);
    assertThat(added.user().email()).contains(new Email("bob@clinic.example"));
    var password = added.generatedPassword().orElseThrow();
    assertThat(signIn("bob@clinic.example", password.value()))
        .isInstanceOf(SignInUseCase.Result.SignedIn.class);
  }

  @Test
  void a_chosen_password_is_not_echoed_back_and_signs_in() {
    var result =
        addUser.add(
            admin, command("bob@clinic.example", Role.MEMBER, Optional.of("bobs-own-password")));

    assertThat(((Result.Added) result).generatedPassword()).isEmpty();
    assertThat(signIn("bob@clinic.example", "bobs-own-password"))
        .isInstanceOf(SignInUseCase.Result.SignedIn.class);
  }

  @Test
  void an_admin_may_add_another_admin() {
    var result = addUser.add(admin, command("carol@clinic.example", Role.ADMIN, Optional.empty()));

    assertThat(((Result.Added) result).user().role()).isEqualTo(Role.ADMIN);
  }

  @Test
  void a_member_may_not_add_users() {
    var member = world.addMember(admin, "bob@clinic.example");

    var result = addUser.add(member, command("carol@clinic.example", Role.ADMIN, Optional.empty()));

    assertThat(result).isInstanceOf(Result.Forbidden.class);
    assertThat(world.users.findByEmail(new Email("carol@clinic.example"))).isEmpty();
  }

  @Test
  void an_address_already_used_is_taken_however_it_is_typed() {
    world.addMember(admin, "bob@clinic.example");

    var result = addUser.add(admin, command(" BOB@clinic.example", Role.MEMBER, Optional.empty()));

    assertThat(result).isInstanceOf(Result.EmailTaken.class);
  }

  @Test
  void an_address_used_in_another_account_is_taken_too() {
    world.openAccountFor("dave@other.example");

    var result = addUser.add(admin, command("dave@other.example", Role.MEMBER, Optional.empty()));

    assertThat(result).isInstanceOf(Result.EmailTaken.class);
  }

  @Test
  void printing_the_command_hides_the_password() {
    assertThat(
            command("bob@clinic.example", Role.MEMBER, Optional.of("bobs-own-password")).toString())
        .doesNotContain("bobs-own-password")
        .doesNotContain("bob@");
  }
}
