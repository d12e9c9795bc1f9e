package dev.masker.domain.masking.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IsoDateTest {

  @Test
  void padsEachPartLikeTheIsoForm() {
    assertThat(IsoDate.of(1952, 3, 14)).isEqualTo("1952-03-14");
    assertThat(IsoDate.of(2024, 11, 30)).isEqualTo("2024-11-30");
    assertThat(IsoDate.of(987, 1, 2)).isEqualTo("0987-01-02");
  }

  @Test
  void writesAMonthOfAYear() {
    assertThat(IsoDate.of(1941, 7)).isEqualTo("1941-07");
  }
}
