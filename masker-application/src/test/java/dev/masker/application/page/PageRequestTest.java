package dev.masker.application.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.masker.domain.common.InvalidValue;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PageRequestTest {
  @ParameterizedTest
  @ValueSource(ints = {1, 25, 100})
  void a_limit_from_one_to_a_hundred_is_accepted(int limit) {
    var request = PageRequest.first(limit);

    assertThat(request.limit()).isEqualTo(limit);
    assertThat(request.after()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 101, -1, Integer.MAX_VALUE})
  void a_limit_outside_one_to_a_hundred_is_refused(int limit) {
    assertThatThrownBy(() -> new PageRequest(limit, Optional.empty()))
        .isInstanceOfSatisfying(
            InvalidValue.class,
            e -> {
              assertThat(e.field()).isEqualTo("limit");
              assertThat(e.issue()).isEqualTo("must be between 1 and 100");
            });
  }

  @Test
  void the_default_limit_is_a_valid_one() {
    assertThat(PageRequest.first(PageRequest.DEFAULT_LIMIT).limit()).isEqualTo(25);
  }
}
