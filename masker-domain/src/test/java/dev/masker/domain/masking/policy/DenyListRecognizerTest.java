package dev.masker.domain.masking.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masker.domain.masking.Detection;
import dev.masker.domain.masking.EntityKind;
import dev.masker.domain.masking.LinearWork;
import dev.masker.domain.masking.Pass;
import java.util.List;
import org.junit.jupiter.api.Test;

class DenyListRecognizerTest {
  private final DenyListRecognizer recognizer =
      new DenyListRecognizer(
          List.of(
              new DenyEntry(EntityKind.NAME, "Zyx"),
              new DenyEntry(EntityKind.NAME, "Mary Ann O'Neil"),
              new DenyEntry(EntityKind.MRN, "A-0042")));

  @Test
  void a_listed_name_is_always_found_whatever_its_case() {
    assertThat(recognizer.find("yes this is zyx calling, ZYX again"))
        .containsExactly(
            new Detection(EntityKind.NAME, 12, 15, 1.0, Pass.LEXICON, "Zyx"),
            new Detection(EntityKind.NAME, 25, 28, 1.0, Pass.LEXICON, "Zyx"));
    assertThat(recognizer.pass()).isEqualTo(Pass.LEXICON);
  }

  @Test
  void an_entry_written_with_typographic_or_full_width_characters_meets_the_folded_text() {
    var curly =
        new DenyListRecognizer(
            List.of(
                new DenyEntry(EntityKind.NAME, "O\u2019Neil"),
                new DenyEntry(EntityKind.MRN, "\uff21-42")));

    assertThat(curly.find("ask o'neil about a-42"))
        .extracting(Detection::start)
        .containsExactly(4, 17);
  }

  @Test
  void a_listed_value_inside_a_longer_word_is_not_found() {
    assertThat(recognizer.find("my zyxel router and azyx and zyx2")).isEmpty();
  }

  @Test
  void punctuation_around_a_value_is_a_word_boundary() {
    assertThat(recognizer.find("(Zyx), \"zyx.\"")).hasSize(2);
  }

  @Test
  void a_value_of_several_words_is_found_across_any_white_space() {
    var found = recognizer.find("patient mary  ann\no'neil is here");

    assertThat(found)
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.kind()).isEqualTo(EntityKind.NAME);
              assertThat(d.start()).isEqualTo(8);
              assertThat(d.end()).isEqualTo(24);
              assertThat(d.canonical()).isEqualTo("Mary Ann O'Neil");
            });
    assertThat(recognizer.find("mary annette o'neil")).isEmpty();
    assertThat(recognizer.find("maryann o'neil")).isEmpty();
  }

  @Test
  void an_identifier_keeps_its_kind() {
    assertThat(recognizer.find("record a-0042 please"))
        .extracting(Detection::kind, Detection::canonical)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(EntityKind.MRN, "A-0042"));
  }

  @Test
  void offsets_stay_right_after_chars_whose_lower_case_is_longer() {
    // 'İ' lower-cases to two chars with String.toLowerCase; offsets must not move.
    var text = "İİİ zyx";

    assertThat(recognizer.find(text))
        .singleElement()
        .satisfies(d -> assertThat(text.substring(d.start(), d.end())).isEqualTo("zyx"));
  }

  @Test
  void the_deny_list_of_a_parsed_policy_is_found_in_a_transcript() {
    var policy =
        ((PolicyParser.Parsed)
                PolicyParser.parse(
                    "name: p\nversion: 1\nkid: K\ndeny_list: [{kind: NAME, value: Zyx}]\n"))
            .policy();

    assertThat(DenyListRecognizer.of(policy).find("um this is zyx speaking"))
        .extracting(Detection::kind, Detection::start, Detection::end)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(EntityKind.NAME, 11, 14));
  }

  @Test
  void an_empty_list_finds_nothing() {
    assertThat(new DenyListRecognizer(List.of()).find("zyx")).isEmpty();
  }

  @Test
  void a_pathological_text_is_searched_in_steps_linear_in_its_length() {
    var list =
        new DenyListRecognizer(
            List.of(
                new DenyEntry(EntityKind.NAME, "a a a a a b"),
                new DenyEntry(EntityKind.NAME, "aaaaaaaaab"),
                new DenyEntry(EntityKind.MRN, "1 1 1 2"),
                new DenyEntry(EntityKind.NAME, "five five six")));
    for (var unit : List.of("a ", "a", "1 ", "five ", "a@")) {
      LinearWork.assertLinear(
          unit,
          unit.repeat(10_000 / unit.length()),
          unit.repeat(100_000 / unit.length()),
          list::find);
    }
  }
}
