package dev.masker.domain.masking.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.masker.domain.masking.EntityKind;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LabelledCorpusTest {

  private static Example line(String markup) {
    return LabelledCorpus.parseLine("test.tsv", 7, markup);
  }

  @Test
  void a_labelled_value_is_found_at_its_offsets_in_the_plain_text() {
    var example = line("v017\tum hi this is [[NAME|maria lopez]] calling about my mom");

    assertThat(example.id()).isEqualTo("v017");
    assertThat(example.text()).isEqualTo("um hi this is maria lopez calling about my mom");
    assertThat(example.entities()).containsExactly(new GoldEntity(EntityKind.NAME, 14, 25));
    assertThat(example.text().substring(14, 25)).isEqualTo("maria lopez");
  }

  @Test
  void several_labels_in_one_line_each_get_their_own_offsets() {
    var example = line("w1\t[[NAME|Ana]] ([[PHONE|555-0101]]) at [[ADDRESS|1 Elm St]]");

    assertThat(example.text()).isEqualTo("Ana (555-0101) at 1 Elm St");
    assertThat(example.entities())
        .extracting(e -> example.text().substring(e.start(), e.end()))
        .containsExactly("Ana", "555-0101", "1 Elm St");
  }

  @Test
  void offsets_count_utf16_chars_so_an_emoji_before_a_value_counts_twice() {
    var example = line("w2\tok \uD83D\uDE02 mail [[EMAIL|a@example.com]]");

    assertThat(example.entities().get(0).start()).isEqualTo(11);
    assertThat(example.text().substring(11)).isEqualTo("a@example.com");
  }

  @Test
  void a_line_without_labels_is_a_negative_example() {
    var example = line("v9\ttake two tablets twice a day");

    assertThat(example.isNegative()).isTrue();
    assertThat(example.text()).isEqualTo("take two tablets twice a day");
  }

  @Test
  void comments_and_blank_lines_are_skipped() {
    var examples =
        LabelledCorpus.parse(
            "t.tsv", List.of("# a comment", "", "a1\tone", "   ", "a2\t[[ZIP|94110]]"));

    assertThat(examples).extracting(Example::id).containsExactly("a1", "a2");
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiterString = "=>",
      value = {
        "a1\tcall [[FONE|555-0101]] now => unknown kind 'FONE'",
        "a1\tcall [[phone|555-0101]] now => unknown kind 'phone'",
        "a1\tcall [[PHONE|555-0101 now => [[ not closed",
        "a1\tcall 555-0101]] now => ]] without [[",
        "a1\tcall [[PHONE|555 [[NAME|x]] now => [[ inside a label",
        "a1\tcall [[555-0101]] now => label without KIND|",
        "a1\tcall [[PHONE|]] now => empty PHONE label",
        "a1\tcall [[PHONE| 555-0101]] now => starts or ends with a blank",
        "a1\tcall [[PHONE|555-0101,]] now => ends with punctuation",
        "a1\tcall [[PHONE|555|0101]] now => holds a second |",
        "a1 call me => expected id<TAB>text",
      })
  void a_markup_mistake_fails_with_the_file_and_line(String markup, String problem) {
    assertThatThrownBy(() -> line(markup))
        .isInstanceOf(CorpusFormatError.class)
        .hasMessageStartingWith("test.tsv:7: ")
        .hasMessageContaining(problem)
        .hasMessageNotContaining("555-0101");
  }

  @Test
  void a_duplicate_id_fails_with_the_line_of_the_second_one() {
    assertThatThrownBy(() -> LabelledCorpus.parse("t.tsv", List.of("a1\tone", "# c", "a1\ttwo")))
        .isInstanceOf(CorpusFormatError.class)
        .hasMessage("t.tsv:3: duplicate id a1");
  }

  @Test
  void the_two_corpus_files_load_and_each_label_covers_a_non_blank_value() {
    var examples = LabelledCorpus.all();

    assertThat(examples).isNotEmpty();
    for (var example : examples) {
      for (var entity : example.entities()) {
        assertThat(example.text().substring(entity.start(), entity.end())).isNotBlank();
      }
    }
  }
}
