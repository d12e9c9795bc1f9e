package dev.masker.domain.masking.spoken;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masker.domain.masking.Detection;
import dev.masker.domain.masking.EntityKind;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ForeignSpokenDatesTest {
  private static List<Detection> find(String text) {
    var out = new ArrayList<Detection>();
    new ForeignSpokenDates().find(text, SpokenTokens.of(text), out);
    return out;
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "je suis née le quatorze mars mille neuf cent cinquante-sept | quatorze mars mille neuf"
            + " cent cinquante-sept | 1957-03-14",
        "nací el catorce de marzo de mil novecientos cincuenta y siete | catorce de marzo de mil"
            + " novecientos cincuenta y siete | 1957-03-14",
        "nasci no dia catorze de março de mil novecentos e cinquenta e sete | catorze de março de"
            + " mil novecentos e cinquenta e sete | 1957-03-14",
        "geboren am vierzehnten märz neunzehnhundertsiebenundfünfzig | vierzehnten märz"
            + " neunzehnhundertsiebenundfünfzig | 1957-03-14",
        "nato il quattordici marzo millenovecentocinquantasette | quattordici marzo"
            + " millenovecentocinquantasette | 1957-03-14",
        "je suis né le vingt et un juillet mille neuf cent quatre-vingt-dix-neuf | vingt et un"
            + " juillet mille neuf cent quatre-vingt-dix-neuf | 1999-07-21",
        "ich bin am einundzwanzigsten juli neunzehnhundertneunundneunzig geboren |"
            + " einundzwanzigsten juli neunzehnhundertneunundneunzig | 1999-07-21",
        "fecha de nacimiento 14 de marzo de 1957 | 14 de marzo de 1957 | 1957-03-14",
        "née le premier janvier deux mille trois | premier janvier deux mille trois | 2003-01-01",
      })
  void a_birth_date_said_in_another_language_is_one_dob(String text, String date, String iso) {
    assertThat(find(text))
        .singleElement()
        .satisfies(
            found -> {
              assertThat(text.substring(found.start(), found.end())).isEqualTo(date);
              assertThat(found.kind()).isEqualTo(EntityKind.DOB);
              assertThat(found.canonical()).isEqualTo(iso);
            });
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "mi cita fue el tres de junio | tres de junio",
        "on est rentrés en août deux mille vingt | août deux mille vingt",
      })
  void a_visit_date_said_in_another_language_is_a_date(String text, String date) {
    assertThat(find(text))
        .singleElement()
        .satisfies(
            found -> {
              assertThat(text.substring(found.start(), found.end())).isEqualTo(date);
              assertThat(found.kind()).isEqualTo(EntityKind.DATE);
            });
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "add 2 mayo packets to the order please",
        "i was in paris in mars last year",
        "julio called about his refill",
        "my appointment is on november third nineteen fifty",
        "she was born in may",
      })
  void months_without_a_day_or_year_of_those_languages_are_left_alone(String text) {
    assertThat(find(text)).isEmpty();
  }
}
