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
}
