package dev.masker.domain.masking.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AllowListTest {
  private final AllowList list = AllowList.of(List.of("Riverside Clinic", "Dr.  Who "));

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Riverside Clinic",
        "riverside clinic",
        "RIVERSIDE CLINIC",
        "  riverside   clinic ",
        "riverside\tclinic",
        "riverside\nclinic",
        "dr. who",
      })
  void the_listed_value_is_allowed_whatever_its_case_and_spacing(String surface) {
    assertThat(list.allows(surface)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Riverside",
        "Clinic",
        "Riverside Clinics",
        "the Riverside Clinic",
        "riversideclinic",
        ""
      })
  void only_the_whole_value_is_allowed(String surface) {
    assertThat(list.allows(surface)).isFalse();
  }

  @Test
  void an_empty_list_allows_nothing() {
    assertThat(AllowList.empty().allows("anything")).isFalse();
    assertThat(AllowList.of(List.of()).allows("")).isFalse();
    assertThat(list.allows(null)).isFalse();
  }

  @Test
  void the_entries_are_kept_as_listed() {
    assertThat(list.entries()).containsExactly("Riverside Clinic", "Dr.  Who ");
    assertThat(list.size()).isEqualTo(2);
  }

  @Test
  void a_span_inside_an_entry_standing_in_the_text_is_covered() {
    var text = "the note from RIVERSIDE CLINIC about Riverside";
    int clinic = text.indexOf("CLINIC");
    assertThat(list.coversSpan(text, clinic, clinic + 6)).isTrue();
    int alone = text.lastIndexOf("Riverside");
    assertThat(list.coversSpan(text, alone, alone + 9)).isFalse();
    assertThat(AllowList.empty().coversSpan(text, clinic, clinic + 6)).isFalse();
  }
}
