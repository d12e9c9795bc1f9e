package dev.masker.domain.chat;

import static dev.masker.domain.chat.ChatRequestFourthHuntProbesTest.body;
import static dev.masker.domain.chat.ChatRequestFourthHuntProbesTest.user;
import static org.assertj.core.api.Assertions.assertThat;

import dev.masker.domain.masking.policy.RequestRules;
import org.junit.jupiter.api.Test;

/**
 * The reading of a chat request the eighth leak hunt added (ADR 24), only to learn from: lines
 * broken inside a sentence, joined.
 */
class EighthHuntReadingsTest {
  @Test
  void lines_broken_inside_a_sentence_are_joined() {
    assertThat(WrappedLines.of("my name is Ottilie\nBrackenridge and I need a refill"))
        .isEqualTo("my name is Ottilie Brackenridge and I need a refill");
    assertThat(WrappedLines.of("I live at 3318 Saffronfield  \r\n  Court, Tigard"))
        .isEqualTo("I live at 3318 Saffronfield Court, Tigard");
    assertThat(WrappedLines.of("one\ntwo\nthree")).isEqualTo("one two three");
  }

  @Test
  void ends_of_sentences_blank_lines_and_label_lines_stay_broken() {
    assertThat(WrappedLines.of("one line only")).isNull();
    assertThat(WrappedLines.of("I need a refill.\nThanks")).isNull();
    assertThat(WrappedLines.of("first paragraph\n\nsecond paragraph")).isNull();
    assertThat(WrappedLines.of("Name: Ottilie\nPhone: 555")).isNull();
    assertThat(WrappedLines.of("Agent: hello there\nCaller: hi")).isNull();
    assertThat(WrappedLines.of("trailing\n")).isNull();
    assertThat(WrappedLines.of("a long prompt\nof lines ".repeat(200))).isNull();
  }

  @Test
  void a_name_said_over_a_line_break_after_its_cue_is_masked_whole() {
    var request =
        ChatRequest.parse(body(null, user("my name is Ottilie\nBrackenridge and I need a refill")));
    request.mask(TextMask.of(ChatFixtures.masker(), "agt_test/wrapped"), RequestRules.DEFAULT);
    var sent = request.toJson();
    assertThat(sent).doesNotContain("Ottilie").doesNotContain("Brackenridge").contains("refill");
  }

  @Test
  void ordinary_lines_broken_inside_sentences_get_no_token() {
    for (var text :
        new String[] {
          "Please remind the caller\nthat the clinic opens at nine\nand closes at five",
          "You are a friendly scheduling assistant\nfor a family clinic in Oregon\nBe brief",
          "Take two tablets\ndaily with food\nfor ten days"
        }) {
      var request = ChatRequest.parse(body(null, user(text)));
      request.mask(TextMask.of(ChatFixtures.masker(), "agt_test/plain8"), RequestRules.DEFAULT);
      assertThat(ChatFixtures.tokens(request.toJson())).as(text).isEmpty();
    }
  }
}
