package dev.masker.domain.masking.spoken;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masker.domain.masking.EntityKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SpelledEmailRecognizerTest {
  private final SpelledEmailRecognizer recognizer = new SpelledEmailRecognizer();

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "my email is j o h n at gmail dot com | j o h n at gmail dot com | john@gmail.com",
        "it's john dot smith at yahoo dot com thanks | john dot smith at yahoo dot com |"
            + " john.smith@yahoo.com",
        "j-o-h-n at g mail dot com | j-o-h-n at g mail dot com | john@gmail.com",
        "john underscore doe at outlook dot com | john underscore doe at outlook dot com |"
            + " john_doe@outlook.com",
        "sure, mary at sign kaiser dot org | mary at sign kaiser dot org | mary@kaiser.org",
        "um it's john at hotmail dot c o m | john at hotmail dot c o m | john@hotmail.com",
        "J. O. H. N. at Gmail dot com | J. O. H. N. at Gmail dot com | john@gmail.com",
        "email is john one two three at gmail dot com | john one two three at gmail dot com |"
            + " john123@gmail.com",
        "email is jsmith 42 at aol dot com | jsmith 42 at aol dot com | jsmith42@aol.com",
        "my email is j dot smith seventy two at gmail dot com | j dot smith seventy two at gmail"
            + " dot com | j.smith72@gmail.com",
        "it's mary nineteen eighty at aol dot com | mary nineteen eighty at aol dot com |"
            + " mary1980@aol.com",
        "it is a n n a dash lee at clinic dot co dot uk | a n n a dash lee at clinic dot co dot uk"
            + " | anna-lee@clinic.co.uk",
        "send it to s m i t h at mail dot example dot com please | s m i t h at mail dot example"
            + " dot com | smith@mail.example.com",
      })
  void a_spelled_email_address_is_rebuilt_in_lower_case(
      String text, String spoken, String address) {
    var found = recognizer.find(text);

    assertThat(found).hasSize(1);
    var d = found.get(0);
    assertThat(d.kind()).isEqualTo(EntityKind.EMAIL);
    assertThat(text.substring(d.start(), d.end())).isEqualTo(spoken);
    assertThat(d.canonical()).isEqualTo(address);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "look at that",
        "I'm at home right now",
        "we met at the dot com party",
        "I worked at the hospital for years",
        "at least two times a day",
        "meet me at noon dot okay",
        "call me at five five five",
        "look at this dot that",
        "at",
        "dot com",
      })
  void at_in_everyday_speech_is_not_an_email(String text) {
    assertThat(recognizer.find(text)).isEmpty();
  }
}
