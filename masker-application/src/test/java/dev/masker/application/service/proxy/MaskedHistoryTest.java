package dev.masker.application.service.proxy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
  void beyond_its_capacity_the_least_recently_used_text_goes_first() {
    var history = new MaskedHistory(2);
    var a = MaskedHistory.key("s", "a");
    var b = MaskedHistory.key("s", "b");
    var c = MaskedHistory.key("s", "c");
    history.put(a, "A");
    history.put(b, "B");
    history.get(a);

    history.put(c, "C");

    assertThat(history.size()).isEqualTo(2);
    assertThat(history.get(a)).isEqualTo("A");
    assertThat(history.get(b)).isNull();
    assertThat(history.get(c)).isEqualTo("C");
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
