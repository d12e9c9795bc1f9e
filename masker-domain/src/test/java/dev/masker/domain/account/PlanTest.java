package dev.masker.domain.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.masker.domain.common.InvalidValue;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PlanTest {
  @Test
  void the_wire_names_are_those_of_the_spec() {
    assertThat(Arrays.stream(Plan.values()).map(Plan::wireName))
        .containsExactly("beta", "pilot", "production", "internal");
  }

  @ParameterizedTest
  @EnumSource(Plan.class)
  void every_plan_is_read_back_from_its_wire_name(Plan plan) {
    assertThat(Plan.fromWireName(plan.wireName())).isEqualTo(plan);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"BETA", "Beta", "enterprise", "free", " pilot"})
  void anything_but_a_wire_name_is_refused(String name) {
    assertThatThrownBy(() -> Plan.fromWireName(name))
        .isInstanceOfSatisfying(
            InvalidValue.class,
            e -> {
              assertThat(e.field()).isEqualTo("plan");
              assertThat(e.issue()).isEqualTo("must be one of beta, pilot, production, internal");
            });
  }
}
