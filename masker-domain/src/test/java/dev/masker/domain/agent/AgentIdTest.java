package dev.masker.domain.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.masker.domain.common.InvalidValue;
import dev.masker.domain.common.MonotonicUlids;
import dev.masker.domain.user.UserId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class AgentIdTest {
  private static final MonotonicUlids IDS = new MonotonicUlids();

  @Test
  void a_new_agent_id_is_well_formed_and_starts_with_agt() {
    var id = AgentId.next(IDS);

    assertThat(id.value()).startsWith("agt_").hasSize(30);
    assertThat(AgentId.isWellFormed(id.value())).isTrue();
    assertThat(id).hasToString(id.value());
  }

  @Test
  void new_agent_ids_differ_and_sort_in_creation_order() {
    var first = AgentId.next(IDS);
    var second = AgentId.next(IDS);

    assertThat(first).isNotEqualTo(second);
    assertThat(first.value()).isLessThan(second.value());
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "agt_",
        "agt_123",
        "agt_01hyz3n5v8k2m4p6q8r0s2t4v6",
        "agt_81HYZ3N5V8K2M4P6Q8R0S2T4V6",
        "agt_01HYZ3N5V8K2M4P6Q8R0S2T4VU",
        "usr_01HYZ3N5V8K2M4P6Q8R0S2T4V6",
        "01HYZ3N5V8K2M4P6Q8R0S2T4V6",
        " agt_01HYZ3N5V8K2M4P6Q8R0S2T4V6",
        "agt_01HYZ3N5V8K2M4P6Q8R0S2T4V6/../x"
      })
  void anything_but_an_agent_id_names_no_agent(String text) {
    assertThat(AgentId.isWellFormed(text)).isFalse();
    assertThatThrownBy(() -> new AgentId(text))
        .isInstanceOfSatisfying(
            InvalidValue.class, e -> assertThat(e.field()).isEqualTo("agent_id"));
  }

  @Test
  void a_user_id_is_not_an_agent_id() {
    var userId = UserId.next(IDS);

    assertThat(AgentId.isWellFormed(userId.value())).isFalse();
  }
}
