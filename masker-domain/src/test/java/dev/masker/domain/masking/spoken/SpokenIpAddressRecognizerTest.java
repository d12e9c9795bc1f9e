package dev.masker.domain.masking.spoken;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masker.domain.masking.EntityKind;
import java.util.List;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SpokenIpAddressRecognizerTest {
  private final SpokenIpAddressRecognizer recognizer = new SpokenIpAddressRecognizer();

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "the ip is one nine two dot one six eight dot oh dot one | one nine two dot one six eight"
            + " dot oh dot one | 192.168.0.1",
        "try ten dot zero dot zero dot fifty five please | ten dot zero dot zero dot fifty five"
            + " | 10.0.0.55",
        "it's one seventy two dot sixteen dot two fifty four dot nine | one seventy two dot"
            + " sixteen dot two fifty four dot nine | 172.16.254.9",
        "address 10 dot 1 dot 2 dot three | 10 dot 1 dot 2 dot three | 10.1.2.3",
      })
  void an_ipv4_address_said_with_dot_is_found(String text, String spoken, String canonical) {
    var found = recognizer.find(text);

    assertThat(found).hasSize(1);
    var d = found.get(0);
    assertThat(d.kind()).isEqualTo(EntityKind.IP_ADDRESS);
    assertThat(text.substring(d.start(), d.end())).isEqualTo(spoken);
    assertThat(d.canonical()).isEqualTo(canonical);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "one dot two dot three",
        "three hundred dot one dot two dot three",
        "two six seven dot one dot one dot one",
        "version one dot two dot three dot four dot five",
        "192.168.0.1",
        "one. two. three. four.",
        "oh one dot two dot three dot four",
      })
  void something_that_is_not_four_parts_of_0_to_255_said_with_dot_is_no_ip_address(String text) {
    assertThat(recognizer.find(text)).isEmpty();
  }

  @Test
  void pathological_inputs_of_100_kb_take_steps_linear_in_their_length() {
    List<IntFunction<String>> inputs =
        List.of(
            size -> "one dot ".repeat(size / 8),
            size -> "1 dot ".repeat(size / 6),
            size -> "five ".repeat(size / 5),
            size -> "9".repeat(size),
            size -> "dot ".repeat(size / 4));
    LinearTime.assertLinear(recognizer, inputs);
  }
}
