package dev.masker.domain.masking.spoken;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masker.domain.masking.EntityKind;
import java.util.List;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SpokenUrlRecognizerTest {
  private final SpokenUrlRecognizer recognizer = new SpokenUrlRecognizer();

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "it's w w w dot example dot com | w w w dot example dot com | www.example.com",
        "my blog is tom cooks dot example dot net | tom cooks dot example dot net"
            + " | tomcooks.example.net",
        "go to example dot org slash j smith that's my page | example dot org slash j smith"
            + " | example.org/jsmith",
        "the link was w w w dot example dot org slash visit slash eveliinar please | w w w dot"
            + " example dot org slash visit slash eveliinar | www.example.org/visit/eveliinar",
        "h t t p s colon slash slash w w w dot clinic dot example dot org ok"
            + " | h t t p s colon slash slash w w w dot clinic dot example dot org"
            + " | https://www.clinic.example.org",
        "visit riverside health dot org for forms | riverside health dot org"
            + " | riversidehealth.org",
        "the portal is my chart dot example dot co dot uk | chart dot example dot co dot uk"
            + " | chart.example.co.uk",
        "the photos are up at w w w dot example dot net slash allik seven nine, my wife set it up"
            + " | w w w dot example dot net slash allik seven nine | www.example.net/allik79",
        "i put the pictures on example dot com forward slash rashpics slash maria | example dot"
            + " com forward slash rashpics slash maria | example.com/rashpics/maria",
        "my blog is at marias garden dot com | marias garden dot com | mariasgarden.com",
        "you can see it at example dot org slash u slash r o s a | example dot org slash u slash"
            + " r o s a | example.org/u/rosa",
      })
  void a_web_address_said_with_dot_and_slash_is_found(
      String text, String spoken, String canonical) {
    var found = recognizer.find(text);

    assertThat(found).hasSize(1);
    var d = found.get(0);
    assertThat(d.kind()).isEqualTo(EntityKind.URL);
    assertThat(text.substring(d.start(), d.end())).isEqualTo(spoken);
    assertThat(d.canonical()).isEqualTo(canonical);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "j o h n at gmail dot com",
        "write to maria dot lopez at example dot org",
        "connect the dots",
        "the dot com bubble was wild",
        "there's a dot on the x ray",
        "polka dot dress",
        "one dot two dot three",
        "it's on the website dot",
      })
  void an_email_or_a_dot_in_ordinary_speech_is_no_url(String text) {
    assertThat(recognizer.find(text)).isEmpty();
  }

  @Test
  void pathological_inputs_of_100_kb_take_steps_linear_in_their_length() {
    List<IntFunction<String>> inputs =
        List.of(
            size -> "dot ".repeat(size / 4),
            size -> "a dot ".repeat(size / 6),
            size -> "w ".repeat(size / 2) + "dot com",
            size -> "example dot ".repeat(size / 12) + "com",
            size -> "x dot com slash ".repeat(size / 16),
            size -> "slash ".repeat(size / 6),
            size -> "a@".repeat(size / 2));
    LinearTime.assertLinear(recognizer, inputs);
  }
}
