package dev.masker.application.port.in;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.masker.domain.account.Plan;
import dev.masker.domain.common.InvalidValue;
import dev.masker.domain.user.Email;
import dev.masker.domain.user.Password;
import dev.masker.domain.user.Role;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The commands that open accounts and add users refuse what they cannot carry out, by field. */
class AccountCommandsTest {
  private static final Email EMAIL = new Email("alice@clinic.example");
  private static final Password PASSWORD = new Password("a long enough password");

  @Test
  void an_account_name_is_kept_without_surrounding_spaces() {
    var command = new OpenAccountUseCase.Command(" Riverside Clinic ", EMAIL, PASSWORD, Plan.BETA);

    assertThat(command.accountName()).isEqualTo("Riverside Clinic");
  }

  @Test
  void a_blank_or_overlong_account_name_is_refused() {
    for (var bad : new String[] {null, "  ", "x".repeat(129)}) {
      assertThatThrownBy(() -> new OpenAccountUseCase.Command(bad, EMAIL, PASSWORD, Plan.BETA))
          .isInstanceOfSatisfying(
              InvalidValue.class, e -> assertThat(e.field()).isEqualTo("account.name"));
    }
  }

  @Test
  void an_account_needs_its_admin_email_and_password() {
    assertThatThrownBy(() -> new OpenAccountUseCase.Command("Clinic", null, PASSWORD, Plan.BETA))
        .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.field()).isEqualTo("email"));
    assertThatThrownBy(() -> new OpenAccountUseCase.Command("Clinic", EMAIL, null, Plan.BETA))
        .isInstanceOfSatisfying(
            InvalidValue.class, e -> assertThat(e.field()).isEqualTo("password"));
  }

  @Test
  void a_new_user_needs_an_email_and_a_role() {
    assertThatThrownBy(() -> new AddUserUseCase.Command(null, Role.MEMBER, Optional.empty()))
        .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.field()).isEqualTo("email"));
    assertThatThrownBy(() -> new AddUserUseCase.Command(EMAIL, null, Optional.empty()))
        .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.field()).isEqualTo("role"));
  }

  @Test
  void printing_either_command_hides_the_email_and_the_password() {
    assertThat(new OpenAccountUseCase.Command("Clinic", EMAIL, PASSWORD, Plan.BETA).toString())
        .doesNotContain("alice")
        .doesNotContain("long enough");
    assertThat(new AddUserUseCase.Command(EMAIL, Role.ADMIN, Optional.of(PASSWORD)).toString())
        .doesNotContain("alice")
        .doesNotContain("long enough");
  }
}
