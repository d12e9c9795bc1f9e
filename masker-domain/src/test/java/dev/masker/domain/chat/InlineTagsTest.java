package dev.masker.domain.chat;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Tags inside sentences, read without them to learn from (ADR 26). */
class InlineTagsTest {
  @Test
  void inline_tags_read_as_nothing_and_other_tags_as_a_space() {
    assertThat(InlineTags.of("my name is <b>Quintanilla</b>")).isEqualTo("my name is Quintanilla");
    assertThat(InlineTags.of("Quinta<i>nilla</i>, seen")).isEqualTo("Quintanilla, seen");
    assertThat(
            InlineTags.of(
                "<speak>my name is <say-as interpret-as=\"characters\">QUINTANILLA</say-as>"
                    + "<break time=\"1s\"/>ok</speak>"))
        .isEqualTo(" my name is QUINTANILLA ok ");
    assertThat(InlineTags.of("<td>Quintanilla</td><td>Marisol</td>"))
        .isEqualTo(" Quintanilla  Marisol ");
  }

  @Test
  void text_without_tags_is_not_read_again() {
    assertThat(InlineTags.of("a < b and 3<4, x <= y")).isNull();
    assertThat(InlineTags.of("no tags here")).isNull();
    assertThat(InlineTags.of("<b>" + "x".repeat(InlineTags.MAX_LENGTH))).isNull();
  }
}
