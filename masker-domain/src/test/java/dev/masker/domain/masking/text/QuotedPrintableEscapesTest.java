package dev.masker.domain.masking.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Quoted-printable escapes of non-ASCII chars, as e-mail bodies write them, read as the chars. */
class QuotedPrintableEscapesTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Lindqv=C3=ADst | Lindqvíst",
        "M=C3=BCller called | Müller called",
        "caf=c3=a9 | café",
        "Gr=C3=BC=C3=9Fe | Grüße"
      })
  void a_non_ascii_char_written_as_its_bytes_reads_as_the_char(String written, String read) {
    var folded = FoldedText.of(written);

    assertThat(folded.text()).isEqualTo(read);
    assertThat(
            written.substring(folded.originalStart(0), folded.originalEnd(folded.text().length())))
        .isEqualTo(written);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "mrn=52930471",
        "x=4C and y=2D",
        "a=C3 alone, b=C3=41 not a continuation",
        "=C0=80 overlong",
        "see https://x.example/?q=C3=A9"
      })
  void ascii_bytes_and_what_is_no_utf8_stay(String text) {
    assertThat(FoldedText.of(text).text()).isEqualTo(text);
  }
}
