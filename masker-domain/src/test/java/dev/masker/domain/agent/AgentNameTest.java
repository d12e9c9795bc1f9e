package dev.masker.domain.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.masker.domain.common.InvalidValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AgentNameTest {
  @Test
  void surrounding_whitespace_is_dropped() {
    assertThat(new AgentName("  Front desk \n").value()).isEqualTo("Front desk");
    assertThat(new AgentName("  Front desk ")).isEqualTo(new AgentName("Front desk"));
  }

  @Test
  void a_name_may_have_from_one_to_sixty_four_characters() {
    assertThat(new AgentName("x").value()).isEqualTo("x");
    assertThat(new AgentName("x".repeat(64)).value()).hasSize(64);
    assertThatThrownBy(() -> new AgentName("x".repeat(65)))
        .isInstanceOfSatisfying(
            InvalidValue.class,
            e -> {
              assertThat(e.field()).isEqualTo("name");
              assertThat(e.issue()).isEqualTo("must be 1 to 64 characters");
            });
  }

  @Test
  void characters_are_counted_as_people_see_them_not_as_utf16_units() {
    var sixtyFourEmoji = "\uD83E\uDE7A".repeat(64);

    assertThat(sixtyFourEmoji).hasSize(128);
    assertThat(new AgentName(sixtyFourEmoji).value()).isEqualTo(sixtyFourEmoji);
    assertThatThrownBy(() -> new AgentName(sixtyFourEmoji + "\uD83E\uDE7A"))
        .isInstanceOf(InvalidValue.class);
  }

  @Test
  void length_is_counted_after_dropping_surrounding_whitespace() {
    assertThat(new AgentName("   " + "x".repeat(64) + "   ").value()).hasSize(64);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\t\n", "\u2003"})
  void a_blank_name_is_refused(String blank) {
    assertThatThrownBy(() -> new AgentName(blank))
        .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.field()).isEqualTo("name"));
  }

  @Test
  void a_missing_name_is_required() {
    assertThatThrownBy(() -> new AgentName(null))
        .isInstanceOfSatisfying(
            InvalidValue.class, e -> assertThat(e.issue()).isEqualTo("is required"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"Front\u0000desk", "Front\tdesk", "Front\ndesk", "Front\u007fdesk", "a\u0085b"})
  void control_characters_inside_a_name_are_refused(String name) {
    assertThatThrownBy(() -> new AgentName(name))
        .isInstanceOfSatisfying(
            InvalidValue.class,
            e -> assertThat(e.issue()).isEqualTo("must not contain control characters"));
  }

  @Test
  void names_that_differ_only_in_case_fold_to_the_same_form() {
    assertThat(new AgentName("Front Desk").folded())
        .isEqualTo(new AgentName("FRONT desk").folded())
        .isEqualTo("front desk");
    assertThat(new AgentName("Front Desk").folded())
        .isNotEqualTo(new AgentName("Front Desk 2").folded());
  }

  @Test
  void folding_keeps_the_name_as_typed() {
    var name = new AgentName("Front Desk");

    name.folded();

    assertThat(name.value()).isEqualTo("Front Desk");
  }
}
