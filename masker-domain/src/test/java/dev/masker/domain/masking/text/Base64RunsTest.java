package dev.masker.domain.masking.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class Base64RunsTest {
  private static String base64(String text) {
    return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void a_run_that_decodes_to_text_is_found_with_its_span_and_text() {
    var run = base64("{\"name\":\"Greta Whitcombe\"}");
    var text = "payload " + run + " end";
    assertThat(Base64Runs.of(text))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(text.substring(r.start(), r.end())).isEqualTo(run);
              assertThat(r.decoded()).isEqualTo("{\"name\":\"Greta Whitcombe\"}");
            });
  }

  @Test
  void base64url_without_padding_is_read_too() {
    var run =
        base64("last_name: Whitcombe??>>").replace('+', '-').replace('/', '_').replace("=", "");
    assertThat(Base64Runs.of("token " + run))
        .singleElement()
        .extracting(r -> r.decoded())
        .isEqualTo("last_name: Whitcombe??>>");
  }

  @Test
  void a_run_in_mime_lines_is_one_run() {
    var run = base64("{\"note\":\"a quiet visit, nothing new to add..\",\"mrn\":\"52930471\"}");
    var text = "record:\r\n" + run.substring(0, 76) + "\r\n" + run.substring(76) + "\r\nend";
    assertThat(Base64Runs.of(text))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.decoded()).endsWith("\"mrn\":\"52930471\"}");
              assertThat(text.substring(r.start(), r.end())).startsWith(run.substring(0, 8));
              assertThat(text.substring(r.end())).isEqualTo("\r\nend");
            });
  }

  @Test
  void words_digests_codes_and_binary_are_no_runs() {
    assertThat(
            Base64Runs.of(
                "internationalization INTERNATIONALIZATION d41d8cd98f00b204e9800998ecf8427e"
                    + " QRT583906 MSKV1.NAME.K_HEALTHCARE.HB5B4PAXIDD3HLRVJJ3PXAH5NU"
                    + " McDonaldsRestaurantChain follow-up-Appointment"))
        .isEmpty();
    assertThat(
            Base64Runs.of(
                Base64.getEncoder().encodeToString(new byte[] {0, 1, 2, -1, -2, 3, 4, 5, 6})))
        .isEmpty();
    assertThat(Base64Runs.mayHold("a typical turn with short words")).isFalse();
  }
}
