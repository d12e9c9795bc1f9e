package dev.masker.domain.masking.spoken;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masker.domain.masking.Detection;
import dev.masker.domain.masking.EntityKind;
import dev.masker.domain.masking.Pass;
import java.util.List;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SpokenFormsRecognizerTest {
  private final SpokenFormsRecognizer recognizer = new SpokenFormsRecognizer();

  @Test
  void a_whole_voice_turn_yields_each_spoken_identifier_once() {
    var turn =
        "yeah um hi, this is about my mom, she's ninety-three, uh her date of birth is march"
            + " third nineteen thirty two, and you can reach me at four one five, five five five,"
            + " twelve twelve, or email j o h n dot doe at gmail dot com, her member id is eight"
            + " eight four two one nine seven seven, thanks";

    var found = recognizer.find(turn);

    assertThat(found)
        .extracting(Detection::kind)
        .containsExactlyInAnyOrder(
            EntityKind.AGE,
            EntityKind.DOB,
            EntityKind.PHONE,
            EntityKind.EMAIL,
            EntityKind.HEALTH_PLAN_ID);
    assertThat(found)
        .extracting(Detection::canonical)
        .containsExactlyInAnyOrder(
            "93", "1932-03-03", "4155551212", "john.doe@gmail.com", "88421977");
    assertThat(found).allMatch(d -> d.pass() == Pass.REGEX);
    assertThat(recognizer.pass()).isEqualTo(Pass.REGEX);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "I've been sick for three days and it got worse on the second day",
        "take one pill twice a day with food, two if the pain is bad",
        "I'm forty two and I've had this for about five or six weeks",
        "I'll call you back in five minutes, okay?",
        "look at that, the twenty twenty season was the best",
        "the pain is like a seven out of ten",
        "room 12, bed 3",
        "I need to be there at eight thirty",
        "it costs about two hundred and fifty dollars",
        "my son is twelve and my daughter is nine",
      })
  void an_ordinary_turn_with_numbers_has_nothing_to_mask(String turn) {
    assertThat(recognizer.find(turn)).isEmpty();
  }

  @Test
  void nothing_is_found_in_an_empty_or_blank_text() {
    assertThat(recognizer.find("")).isEmpty();
    assertThat(recognizer.find("  \n\t ")).isEmpty();
  }

  @Test
  void a_detection_never_shows_its_value_in_its_description() {
    var found = recognizer.find("my social is four two seven three one eight eight four two");

    assertThat(found).hasSize(1);
    assertThat(found.get(0).toString()).doesNotContain("427318842").doesNotContain("four two");
  }

  static List<IntFunction<String>> pathologicalInputs() {
    return List.of(
        size -> "five ".repeat(size / 5),
        size -> "at dot ".repeat(size / 7),
        size -> "1 ".repeat(size / 2),
        size -> "a@".repeat(size / 2),
        size -> "9".repeat(size),
        size -> "j ".repeat(size / 2) + "at gmail dot com",
        size -> "a dot ".repeat(size / 6) + "at b dot com",
        size -> "oh ".repeat(size / 3),
        size -> "double ".repeat(size / 7),
        size -> "ninety ".repeat(size / 7),
        size -> "march third ".repeat(size / 12),
        size -> "third of march, ".repeat(size / 16),
        size -> "five, ".repeat(size / 6),
        size -> "two thousand ".repeat(size / 13),
        size -> "my number is ".repeat(size / 13),
        size -> "serial number is a ".repeat(size / 19),
        size -> "w w w dot ".repeat(size / 10),
        size -> "one nine two dot ".repeat(size / 17),
        size -> "plate x ".repeat(size / 8));
  }

  @Test
  void pathological_inputs_of_100_kb_take_steps_linear_in_their_length() {
    LinearTime.assertLinear(recognizer, pathologicalInputs());
  }

  @Test
  void identifiers_web_and_ip_addresses_in_one_turn_are_each_found_with_their_kind() {
    var text =
        "the plate is seven a b c one two three, my site is w w w dot example dot com"
            + " and the router is ten dot zero dot zero dot one";

    var kinds = recognizer.find(text).stream().map(Detection::kind).toList();

    assertThat(kinds)
        .contains(EntityKind.VEHICLE_ID, EntityKind.URL, EntityKind.IP_ADDRESS)
        .doesNotContain(EntityKind.PHONE);
  }
}
