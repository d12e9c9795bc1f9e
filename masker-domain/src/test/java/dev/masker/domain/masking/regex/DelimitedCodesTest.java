package dev.masker.domain.masking.regex;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masker.domain.masking.Detection;
import org.junit.jupiter.api.Test;

/**
 * Codes between the marks of a delimited record or in markdown's backticks stand alone (ADR 26).
 */
class DelimitedCodesTest {
  private static String found(String text) {
    return String.join(
        ",", new CodeRecognizer().find(text).stream().map(Detection::canonical).toList());
  }

  @Test
  void a_code_between_record_marks_or_backticks_is_found() {
    assertThat(found("id 73641902^^^C^MR")).isEqualTo("73641902");
    assertThat(found("PID|1||73641902|x")).isEqualTo("73641902");
    assertThat(found("MRN `73641902` today")).isEqualTo("73641902");
  }

  @Test
  void words_joined_otherwise_are_still_no_codes() {
    assertThat(found("see https://x.example/73641902/a and 1.73641902 and 2^1234567")).isEmpty();
    assertThat(found("`1250000`")).as("a round number").isEmpty();
  }
}
