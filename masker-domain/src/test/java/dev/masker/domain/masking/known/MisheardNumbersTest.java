package dev.masker.domain.masking.known;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masker.domain.masking.EntityKind;
import dev.masker.domain.masking.Pass;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MisheardNumbersTest {
  private final KnownValues known = new KnownValues(true, true);

  MisheardNumbersTest() {
    known.learn(EntityKind.MRN, "52930471", "52930471", 0.9, Pass.REGEX);
    known.learn(EntityKind.PHONE, "312 555 0187", "3125550187", 0.9, Pass.REGEX);
    known.learn(EntityKind.DOB, "07/22/1958", "1958-07-22", 0.9, Pass.REGEX);
  }

  private List<String> found(String text) {
    return known.find(text).stream().map(d -> text.substring(d.start(), d.end())).toList();
  }

  @ParameterizedTest
  @ValueSource(strings = {"52930472", "52930417", "5293-0481", "17403925", "312 555 0188"})
  void a_known_number_one_digit_off_swapped_or_backwards_recurs(String heard) {
    assertThat(found("the record " + heard + " was updated")).containsExactly(heard);
  }

  @Test
  void the_recurrence_keeps_the_digits_it_was_said_with() {
    var text = "the record 52930472 was updated";
    assertThat(known.find(text))
        .singleElement()
        .extracting(d -> d.canonical())
        .isEqualTo("52930472");
  }

  @Test
  void two_digits_off_longer_numbers_and_dates_one_day_off_are_left_alone() {
    assertThat(found("order 52930582, ref 529304721, born 07/23/1958, 19580723")).isEmpty();
  }
}
