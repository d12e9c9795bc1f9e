package dev.masker.domain.masking.regex;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CueTest {
  private final Cue cue = Cue.of("date of birth", "patient id", "pt no");

  @ParameterizedTest
  @ValueSource(
      strings = {
        "date of birth",
        "Date-of-Birth",
        "date_of_birth",
        "dateOfBirth",
        "DATE_OF_BIRTH",
        "patientId",
        "patient_id",
        "Pt. No",
        "Pt.No",
        "pt  no"
      })
  void a_phrase_is_found_with_any_separator_a_form_or_a_key_writes_between_its_words(String text) {
    assertThat(cue.isExactly(text, 0, text.length())).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"dateofbirth", "patientidentity", "patient:id", "pt...no", "ptno"})
  void words_run_together_or_split_by_other_marks_are_no_phrase(String text) {
    assertThat(cue.matches(text).find()).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"n p i", "N P I", "n.p.i", "n-p-i", "m r n", "d o b"})
  void an_initialism_is_found_said_letter_by_letter(String text) {
    var initialisms = Cue.of("npi", "mrn", "dob");

    assertThat(initialisms.isExactly(text, 0, text.length())).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"c a r d", "b o r n", "mg/d l"})
  void words_and_short_cues_after_a_slash_are_not_read_letter_by_letter(String text) {
    var cues = Cue.of("card", "born", "dl");

    assertThat(cues.matches(text).find()).isFalse();
  }
}
