package dev.masker.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masker.application.port.in.OpenAccountUseCase.Command;
import dev.masker.application.port.in.OpenAccountUseCase.Result;
import dev.masker.application.port.in.SignInUseCase;
import dev.masker.domain.account.Plan;
import dev.masker.domain.user.Email;
import dev.masker.domain.user.Password;
import dev.masker.domain.user.Role;
import org.junit.jupiter.api.Test;

class OpenAccountServiceTest {
  private final World world = new World();
  private final OpenAccountService openAccount = world.openAccount();

  private static Command command(String email) {
    return new Command(
        " Riverside Clinic ", new Email(email), new Password(World.PASSWORD), Plan.PILOT);
  }

  @Test
  void opening_an_account_creates_it_with_its_admin() {
    var result = openAccount.open(command(" Alice@Clinic.example"));

    assertThat(result).isInstanceOf(Result.Opened.class);
    var opened = (Result.Opened) result;
    assertThat(opened.account().name()).isEqualTo("Riverside Clinic");
    assertThat(opened.account().plan()).isEqualTo(Plan.PILOT);
    assertThat(opened.account().createdAt()).isEqualTo(World.T0);
    assertThat(opened.admin().accountId()).isEqualTo(opened.account().id());
    assertThat(opened.admin().role()).isEqualTo(Role.ADMIN);
    assertThat(opened.admin().email()).contains(new Email("alice@clinic.example"));
    assertThat(world.accounts.find(opened.account().id())).isPresent();
    assertThat(world.users.find(opened.admin().id())).isPresent();
  }

  @Test
  void the_new_admin_signs_in_with_the_chosen_password() {
    openAccount.open(command("alice@clinic.example"));

    var signIn =
        world
            .signIn()
            .signIn(
                new SignInUseCase.Command("alice@clinic.example", World.PASSWORD, World.ADDRESS));

    assertThat(signIn).isInstanceOf(SignInUseCase.Result.SignedIn.class);
  }

  @Test
  void the_password_is_stored_only_as_a_hash() {
    var opened = (Result.Opened) openAccount.open(command("alice@clinic.example"));

    assertThat(opened.admin().passwordHash().orElseThrow().value()).doesNotContain(World.PASSWORD);
  }

  @Test
  void the_first_account_of_a_server_opens_once() {
    var first = openAccount.openFirst(command("alice@clinic.example"));
    var second = openAccount.openFirst(command("bob@clinic.example"));

    assertThat(first).isInstanceOf(Result.Opened.class);
    assertThat(second).isInstanceOf(Result.NotFirst.class);
    assertThat(world.users.findByEmail(new Email("bob@clinic.example"))).isEmpty();
  }

  @Test
  void the_first_account_does_not_open_once_any_account_exists() {
    openAccount.open(command("alice@clinic.example"));

    assertThat(openAccount.openFirst(command("bob@clinic.example")))
        .isInstanceOf(Result.NotFirst.class);
  }

  @Test
  void further_accounts_open_after_the_first() {
    openAccount.openFirst(command("alice@clinic.example"));

    var second = openAccount.open(command("bob@clinic.example"));

    assertThat(second).isInstanceOf(Result.Opened.class);
    var first = world.users.findByEmail(new Email("alice@clinic.example")).orElseThrow();
    assertThat(((Result.Opened) second).account().id()).isNotEqualTo(first.accountId());
  }

  @Test
  void an_address_already_used_opens_no_second_account_however_it_is_typed() {
    var first = (Result.Opened) openAccount.open(command("alice@clinic.example"));

    var again = openAccount.open(command("ALICE@clinic.example"));

    assertThat(again).isInstanceOf(Result.EmailTaken.class);
    assertThat(world.users.findByEmail(new Email("alice@clinic.example")).orElseThrow().id())
        .isEqualTo(first.admin().id());
  }

  @Test
  void printing_the_command_hides_the_admin_credentials() {
    assertThat(command("alice@clinic.example").toString())
        .doesNotContain("alice")
        .doesNotContain(World.PASSWORD);
  }
}
