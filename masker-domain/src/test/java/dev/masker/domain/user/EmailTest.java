package dev.masker.domain.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.masker.domain.common.InvalidValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmailTest {
  @Test
  void an_address_is_kept_in_lower_case_without_surrounding_whitespace() {
    assertThat(new Email("  Alice.Smith@Clinic.EXAMPLE \n").value())
        .isEqualTo("alice.smith@clinic.example");
  }

  @Test
  void one_address_typed_differently_is_one_address() {
    assertThat(new Email("ALICE@clinic.example")).isEqualTo(new Email(" alice@Clinic.Example"));
  }

  @Test
  void an_address_of_254_characters_is_accepted_and_one_longer_is_not() {
    var domain = "@clinic.example";
    var longest = "a".repeat(254 - domain.length()) + domain;

    assertThat(new Email(longest).value()).hasSize(254);
    assertThatThrownBy(() -> new Email("a" + longest)).isInstanceOf(InvalidValue.class);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "   ",
        "alice",
        "@clinic.example",
        "alice@",
        "alice@@clinic.example",
        "alice@clinic@example",
        "alice smith@clinic.example",
        "alice@clinic .example",
        "alice@clinic\u0000.example",
        "alice\t@clinic.example"
      })
  void something_that_is_not_an_address_is_refused(String text) {
    assertThatThrownBy(() -> new Email(text))
        .isInstanceOfSatisfying(
            InvalidValue.class,
            e -> {
              assertThat(e.field()).isEqualTo("email");
              assertThat(e.issue()).isEqualTo("must be an email address");
            });
  }

  @Test
  void a_missing_address_is_required() {
    assertThatThrownBy(() -> new Email(null))
        .isInstanceOfSatisfying(
            InvalidValue.class, e -> assertThat(e.issue()).isEqualTo("is required"));
  }

  @Test
  void printing_an_address_hides_it() {
    var email = new Email("alice@clinic.example");

    assertThat(email.toString()).isEqualTo("Email[***]").doesNotContain("alice");
  }
}
