package dev.masker.domain.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.masker.domain.common.InvalidValue;
import org.junit.jupiter.api.Test;

class PasswordTest {
  @Test
  void a_password_needs_at_least_twelve_characters() {
    assertThat(new Password("correct-hors").value()).isEqualTo("correct-hors");
    assertThatThrownBy(() -> new Password("correct-hor"))
        .isInstanceOfSatisfying(
            InvalidValue.class,
            e -> {
              assertThat(e.field()).isEqualTo("password");
              assertThat(e.issue())
                  .isEqualTo(
                      "must be at least 12 characters (spaces at either end not counted) and at"
                          + " most 72 bytes");
            });
  }

  @Test
  void a_password_of_spaces_or_padded_with_spaces_to_the_length_is_refused() {
    for (var blank : new String[] {"", " ".repeat(12), " ".repeat(40), "\t \u3000".repeat(5)}) {
      assertThatThrownBy(() -> new Password(blank))
          .isInstanceOfSatisfying(
              InvalidValue.class, e -> assertThat(e.issue()).isEqualTo("must not be only spaces"));
    }
    assertThatThrownBy(() -> new Password("   short   ")).isInstanceOf(InvalidValue.class);
    assertThatThrownBy(() -> new Password("  abcdefghijk  ")).isInstanceOf(InvalidValue.class);
    assertThat(new Password(" twelve chars ").value()).isEqualTo(" twelve chars ");
  }

  @Test
  void characters_are_counted_as_people_see_them_not_as_utf16_units() {
    var elevenEmoji = "\uD83D\uDD11".repeat(11);

    assertThat(elevenEmoji).hasSize(22);
    assertThatThrownBy(() -> new Password(elevenEmoji)).isInstanceOf(InvalidValue.class);
    assertThatCode(() -> new Password(elevenEmoji + "!")).doesNotThrowAnyException();
  }

  @Test
  void a_password_longer_than_bcrypt_reads_is_refused_rather_than_cut() {
    var seventyTwoBytes = "é".repeat(36);

    assertThat(new Password(seventyTwoBytes).value()).isEqualTo(seventyTwoBytes);
    assertThatThrownBy(() -> new Password(seventyTwoBytes + "a")).isInstanceOf(InvalidValue.class);
    assertThatThrownBy(() -> new Password("a".repeat(73))).isInstanceOf(InvalidValue.class);
  }

  @Test
  void a_missing_password_is_required() {
    assertThatThrownBy(() -> new Password(null))
        .isInstanceOfSatisfying(
            InvalidValue.class, e -> assertThat(e.issue()).isEqualTo("is required"));
  }

  @Test
  void a_generated_password_meets_the_rules_and_avoids_look_alike_characters() {
    for (int i = 0; i < 200; i++) {
      var generated = Password.generate().value();

      assertThat(generated).hasSize(24).doesNotContainPattern("[0O1lIo]");
      assertThatCode(() -> new Password(generated)).doesNotThrowAnyException();
    }
  }

  @Test
  void two_generated_passwords_differ() {
    assertThat(Password.generate()).isNotEqualTo(Password.generate());
  }

  @Test
  void printing_a_password_hides_it() {
    var password = new Password("correct-horse-battery");

    assertThat(password.toString()).isEqualTo("Password[***]").doesNotContain("horse");
  }

  @Test
  void printing_a_password_hash_hides_it() {
    assertThat(new PasswordHash("$2a$12$abcdefghijk").toString()).isEqualTo("PasswordHash[***]");
  }
}
