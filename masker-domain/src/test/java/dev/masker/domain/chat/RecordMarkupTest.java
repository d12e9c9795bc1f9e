package dev.masker.domain.chat;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Records are also read without the markup that stands between their labels and values. */
class RecordMarkupTest {

  @Test
  void cdata_sections_read_as_their_text() {
    assertThat(RecordMarkup.of("<mrn><![CDATA[73820516]]></mrn>")).isEqualTo("<mrn>73820516</mrn>");
  }

  @Test
  void leaders_read_as_a_colon() {
    assertThat(RecordMarkup.of("Name.........Maren Lindqvist\nMRN ______ 73820516"))
        .isEqualTo("Name: Maren Lindqvist\nMRN: 73820516");
  }

  @Test
  void all_quoted_csv_reads_without_its_quotes() {
    assertThat(RecordMarkup.of("\"Last Name\",\"Address\"\n\"Lindqvist\",\"208 Elm Rd, Medford\""))
        .isEqualTo("Last Name,Address\nLindqvist,208 Elm Rd  Medford");
  }

  @Test
  void a_value_attribute_reads_as_a_label_line_of_its_element() {
    assertThat(RecordMarkup.of("<patient><birthTime value=\"19470309\"/></patient>"))
        .isEqualTo("<patient>\nbirth time: 19470309\n</patient>");
  }

  @Test
  void dicom_patient_attributes_read_as_label_lines_of_what_their_tag_names() {
    assertThat(RecordMarkup.of("(0010,0030) DA [19470309]"))
        .isEqualTo("\ndate of birth: 19470309\n");
  }

  @Test
  void tags_between_two_digits_read_as_a_space() {
    assertThat(RecordMarkup.of("call 617<br>555</td><td>0142")).isEqualTo("call 617 555 0142");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "my name is Maren, I was born in 1947",
        "wait... what?",
        "she said \"hello\" to me",
        "<b>bold</b> text",
        "snake_case and __init__"
      })
  void text_with_none_of_these_shapes_is_not_read_again(String text) {
    assertThat(RecordMarkup.of(text)).isNull();
  }
}
