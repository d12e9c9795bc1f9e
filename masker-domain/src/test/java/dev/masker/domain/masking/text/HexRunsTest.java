package dev.masker.domain.masking.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masker.domain.masking.LinearWork;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Hex of text (ADR 26): found and decoded; digests, colours, ids and tokens are not. */
class HexRunsTest {
  static String hex(String text) {
    var out = new StringBuilder();
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      out.append(String.format("%02x", b));
    }
    return out.toString();
  }

  @Test
  void a_word_of_hex_text_is_found_and_decoded() {
    var run = hex("Patient: Marisol Quintanilla");
    var text = "{\"blob\":\"" + run + "\"}";

    assertThat(HexRuns.mayHold(text)).isTrue();
    assertThat(HexRuns.of(text))
        .singleElement()
        .satisfies(
            found -> {
              assertThat(found.decoded()).isEqualTo("Patient: Marisol Quintanilla");
              assertThat(text.substring(found.start(), found.end())).isEqualTo(run);
            });
  }

  @Test
  void hex_in_capitals_and_hex_of_digits_are_read_too() {
    assertThat(HexRuns.of("dump " + hex("MRN 73641902").toUpperCase() + " end"))
        .singleElement()
        .extracting(DecodedRun::decoded)
        .isEqualTo("MRN 73641902");
    assertThat(HexRuns.of("35343135353530313237"))
        .singleElement()
        .extracting(DecodedRun::decoded)
        .isEqualTo("5415550127");
  }

  @Test
  void digests_colours_uuids_card_numbers_and_tokens_are_no_runs() {
    assertThat(
            HexRuns.of(
                "sha256 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08, colour"
                    + " #ff8800, id 550e8400-e29b-41d4-a716-446655440000, card 4111111111111111,"
                    + " commit a55ba4b0c2d1e3f4, MSKV1.NAME.K_HEALTHCARE."
                    + hex("Patient: Marisol")
                    + ", mixed "
                    + hex("Patient: Marisol").toUpperCase().substring(0, 12)
                    + hex("Patient: Marisol").substring(12)))
        .isEmpty();
    assertThat(HexRuns.of(hex("Marisol Q") + "x")).as("glued to a letter").isEmpty();
    assertThat(HexRuns.of(hex("Patient: Marisol").substring(1))).as("odd length").isEmpty();
    assertThat(HexRuns.mayHold("a typical turn with short words and 541 555 0127")).isFalse();
  }

  @Test
  void reading_runs_is_linear() {
    var run = hex("name: Marisol Quintanilla, mrn: 73641902") + " the clinic opens ";
    LinearWork.assertLinear("hex runs", run.repeat(1_000), run.repeat(10_000), HexRuns::of);
  }

  @Test
  void the_cheap_look_finds_a_run_of_sixteen_wherever_it_stands_and_none_shorter() {
    for (int at = 0; at < 40; at++) {
      var pad = "x y ".repeat(10).substring(0, at);
      assertThat(HexRuns.mayHold(pad + "0123456789abcdef" + " tail of words"))
          .as("at %d", at)
          .isTrue();
      assertThat(HexRuns.mayHold(pad + "0123456789abcde" + " tail of words"))
          .as("at %d", at)
          .isFalse();
    }
    assertThat(HexRuns.mayHold("face bead cafe added deaf 1234 5678 9abc")).isFalse();
  }
}
