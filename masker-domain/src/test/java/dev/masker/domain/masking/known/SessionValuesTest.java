package dev.masker.domain.masking.known;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.masker.domain.common.CacheCounters;
import dev.masker.domain.common.CacheStatistics;
import dev.masker.domain.masking.EntityKind;
import dev.masker.domain.masking.Pass;
import org.junit.jupiter.api.Test;

class SessionValuesTest {
  private final CacheCounters counters = new CacheCounters();
  private final SessionValues values = new SessionValues(2, true, true, counters);

  @Test
  void a_session_gets_the_same_values_each_time_while_it_is_in_memory() {
    var first = values.of("call-1");
    first.learn(EntityKind.NAME, "Maria Lopez", "maria lopez", 0.9, Pass.LEXICON);

    assertThat(values.of("call-1")).isSameAs(first);
    assertThat(values.of("call-2")).isNotSameAs(first);
  }

  @Test
  void it_keeps_at_most_its_capacity_of_sessions() {
    for (int call = 0; call < 50; call++) {
      values.of("call-" + call);
    }

    assertThat(values.size()).isEqualTo(2);
    assertThat(counters.statistics(values.size()).evictions()).isEqualTo(48);
  }

  @Test
  void a_set_whose_filling_failed_is_not_kept() {
    assertThatThrownBy(
            () ->
                values.of(
                    "call-1",
                    fresh -> {
                      throw new IllegalStateException("the vault is away");
                    }))
        .isInstanceOf(IllegalStateException.class);

    assertThat(values.size()).isZero();
    var filled = new boolean[1];
    values.of("call-1", fresh -> filled[0] = true);
    assertThat(filled[0]).isTrue();
    assertThat(values.size()).isEqualTo(1);
  }

  @Test
  void when_a_set_was_kept_while_another_was_being_filled_both_callers_get_the_kept_one() {
    var kept = new KnownValues[1];

    var got = values.of("call-1", fresh -> kept[0] = values.of("call-1"));

    assertThat(got).isSameAs(kept[0]);
    assertThat(values.of("call-1")).isSameAs(kept[0]);
  }

  @Test
  void forgetting_a_session_drops_its_values() {
    var first = values.of("call-1");

    values.forget("call-1");

    assertThat(values.of("call-1")).isNotSameAs(first);
  }

  @Test
  void look_ups_and_evictions_of_several_caches_add_up_in_shared_counters() {
    var other = new SessionValues(1, true, true, counters);
    values.of("call-1"); // miss
    values.of("call-1"); // hit
    other.of("call-2"); // miss
    other.of("call-3"); // miss, and one of the two goes

    var statistics = counters.statistics(values.size() + other.size());

    assertThat(statistics).isEqualTo(new CacheStatistics(2, 1, 3, 1));
  }

  @Test
  void a_capacity_below_one_is_refused() {
    assertThatThrownBy(() -> new SessionValues(0, true, true))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
