package dev.masker.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.masker.application.port.in.AddUserUseCase.Command;
import dev.masker.application.port.in.AddUserUseCase.Result;
import dev.masker.application.port.in.Caller;
import dev.masker.application.port.in.SignInUseCase;
import dev.masker.domain.common.InvalidValue;
import dev.masker.domain.user.Email;
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

  @Test
  void an_admin_adds_a_member_whose_generated_password_then_signs_in() {
    var result = addUser.add(admin, new Command("Bob@Clinic.example", "member", Optional.empty()));

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
            admin, new Command("bob@clinic.example", "member", Optional.of("bobs-own-password")));

    assertThat(((Result.Added) result).generatedPassword()).isEmpty();
    assertThat(signIn("bob@clinic.example", "bobs-own-password"))
        .isInstanceOf(SignInUseCase.Result.SignedIn.class);
  }

  @Test
  void a_chosen_password_of_spaces_is_refused_and_no_user_is_added() {
    for (var blank : new String[] {"            ", "   short    "}) {
      assertThatThrownBy(
              () ->
                  addUser.add(
                      admin, new Command("bob@clinic.example", "member", Optional.of(blank))))
          .isInstanceOfSatisfying(
              InvalidValue.class, e -> assertThat(e.field()).isEqualTo("password"));
    }
    assertThat(world.users.findByEmail(new Email("bob@clinic.example"))).isEmpty();
  }

  @Test
  void without_a_role_the_new_user_is_a_member() {
    var result = addUser.add(admin, new Command("bob@clinic.example", null, Optional.empty()));

    assertThat(((Result.Added) result).user().role()).isEqualTo(Role.MEMBER);
  }

  @Test
  void an_admin_may_add_another_admin() {
    var result = addUser.add(admin, new Command("carol@clinic.example", "admin", Optional.empty()));

    assertThat(((Result.Added) result).user().role()).isEqualTo(Role.ADMIN);
  }

  @Test
  void a_member_may_not_add_users() {
    var member = world.addMember(admin, "bob@clinic.example");

    var result =
        addUser.add(member, new Command("carol@clinic.example", "admin", Optional.empty()));

    assertThat(result).isInstanceOf(Result.Forbidden.class);
    assertThat(world.users.findByEmail(new Email("carol@clinic.example"))).isEmpty();
  }

  @Test
  void an_address_already_used_is_taken_however_it_is_typed() {
    world.addMember(admin, "bob@clinic.example");

    var result = addUser.add(admin, new Command(" BOB@clinic.example", "member", Optional.empty()));

    assertThat(result).isInstanceOf(Result.EmailTaken.class);
  }

  @Test
  void an_address_used_in_another_account_is_taken_too() {
    world.openAccountFor("dave@other.example");

    var result = addUser.add(admin, new Command("dave@other.example", "member", Optional.empty()));

    assertThat(result).isInstanceOf(Result.EmailTaken.class);
  }

  @Test
  void an_unknown_role_is_refused() {
    assertThatThrownBy(
            () -> addUser.add(admin, new Command("bob@clinic.example", "owner", Optional.empty())))
        .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.field()).isEqualTo("role"));
    assertThat(world.users.findByEmail(new Email("bob@clinic.example"))).isEmpty();
  }

  @Test
  void a_weak_chosen_password_is_refused() {
    assertThatThrownBy(
            () ->
                addUser.add(
                    admin, new Command("bob@clinic.example", "member", Optional.of("short"))))
        .isInstanceOfSatisfying(
            InvalidValue.class, e -> assertThat(e.field()).isEqualTo("password"));
  }

  @Test
  void printing_the_command_hides_the_password() {
    assertThat(
            new Command("bob@clinic.example", "member", Optional.of("bobs-own-password"))
                .toString())
        .doesNotContain("bobs-own-password")
        .doesNotContain("bob@");
  }
}
