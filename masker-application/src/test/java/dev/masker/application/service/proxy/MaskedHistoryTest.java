package dev.masker.application.service.proxy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.masker.domain.common.CacheStatistics;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MaskedHistoryTest {
  private static final String TEXT = "Hi, this is Maria Lopez";

  @Test
  void a_text_is_remembered_in_its_scope_only() {
    var history = new MaskedHistory(10);

    history.put(MaskedHistory.key("agt_1/call-A", TEXT), "Hi, this is MSKV1.NAME.X");

    assertThat(history.get(MaskedHistory.key("agt_1/call-A", TEXT)))
        .isEqualTo("Hi, this is MSKV1.NAME.X");
    assertThat(history.get(MaskedHistory.key("agt_1/call-B", TEXT))).isNull();
    assertThat(history.get(MaskedHistory.key("agt_2/call-A", TEXT))).isNull();
    assertThat(history.get(MaskedHistory.key("agt_1/call-A", TEXT + " "))).isNull();
  }

  @Test
  void the_scope_and_the_text_cannot_run_into_each_other_and_the_key_holds_no_text() {
    assertThat(MaskedHistory.key("ab", "c")).isNotEqualTo(MaskedHistory.key("a", "bc"));
    assertThat(MaskedHistory.key("a", "é")).isEqualTo(MaskedHistory.key("a", "é"));
    assertThat(MaskedHistory.key("agt_1/call-A", TEXT).toString()).doesNotContain("Maria");
  }

  @Test
  void beyond_its_capacity_a_string_resent_every_turn_stays_while_strings_seen_once_go() {
    var history = new MaskedHistory(100);
    var greeting = MaskedHistory.key("s", "Hi, this is Maria Lopez");
    history.put(greeting, "Hi, this is MSKV1.NAME.X");

    for (int turn = 0; turn < 1_000; turn++) {
      // The platform resends the greeting with every turn; each turn adds a string of its own.
      assertThat(history.get(greeting)).as("turn %d", turn).isEqualTo("Hi, this is MSKV1.NAME.X");
      history.put(MaskedHistory.key("s", "said once in turn " + turn), "masked");
    }

    assertThat(history.size()).isEqualTo(100);
  }

  @Test
  void its_statistics_count_hits_misses_and_evictions() {
    var history = new MaskedHistory(1);
    var a = MaskedHistory.key("s", "a");
    history.put(a, "A");
    history.get(a);
    history.get(MaskedHistory.key("s", "b"));
    history.put(MaskedHistory.key("s", "c"), "C");
    history.size();

    assertThat(history.cacheStatistics())
        .containsExactly(Map.entry("masked_history", new CacheStatistics(1, 1, 1, 1)));
  }

  @Test
  void capacity_zero_remembers_nothing_and_a_negative_one_is_refused() {
    var history = new MaskedHistory(0);

    history.put(MaskedHistory.key("s", TEXT), "masked");

    assertThat(history.get(MaskedHistory.key("s", TEXT))).isNull();
    assertThat(history.size()).isZero();
    assertThatThrownBy(() -> new MaskedHistory(-1)).isInstanceOf(IllegalArgumentException.class);
  }
}
