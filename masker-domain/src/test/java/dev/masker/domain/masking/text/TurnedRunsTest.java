package dev.masker.domain.masking.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Text written upside down is read upright: each char turned, the order reversed. */
class TurnedRunsTest {

  @Test
  void a_turned_name_reads_upright_and_ordinary_words_end_the_run() {
    var text = "ʇsᴉʌbpuᴉ˥ uǝɹɐW called today";
    var runs = TurnedRuns.of(text);

    assertThat(runs).hasSize(1);
    assertThat(runs.get(0).upright()).isEqualTo("Maren Lindqvist");
    assertThat(text.substring(runs.get(0).start(), runs.get(0).end())).isEqualTo("ʇsᴉʌbpuᴉ˥ uǝɹɐW");
  }

  @Test
  void turned_digits_and_punctuation_read_upright() {
    var runs = TurnedRuns.of("ᄅㄣƖ0 ϛϛϛ ㄥƖ9 ˙ɹǝqɯnu ʎɯ");

    assertThat(runs).hasSize(1);
    assertThat(runs.get(0).upright()).isEqualTo("my number. 617 555 0142");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"plain text", "¿Cómo está? ¡Muy bien!", "Kırıkkale", "pun dob bud", "ſ is long"})
  void text_with_no_turned_letter_has_no_run(String text) {
    assertThat(TurnedRuns.mayHold(text)).isFalse();
    assertThat(TurnedRuns.of(text)).isEmpty();
  }

  @Test
  void runs_are_found_in_one_pass_over_a_long_text() {
    var text = "ʇsᴉʌbpuᴉ˥ called. ".repeat(20_000);

    var runs = TurnedRuns.of(text);

    assertThat(runs).hasSize(20_000);
    assertThat(runs).allMatch(run -> run.upright().equals("Lindqvist"));
  }
}
