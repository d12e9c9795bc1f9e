package dev.masker.adapters.persistence.vault;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RecentRowsTest {
  private long now;
  private final RecentRows rows = new RecentRows(2, Duration.ofSeconds(10), () -> now);

  @Test
  void a_row_is_remembered_until_its_time_is_up() {
    rows.put("s", "T", new byte[] {1});
    now += Duration.ofSeconds(10).toNanos() - 1;
    assertThat(rows.get("s", "T")).containsExactly(1);
    now += 1;
    assertThat(rows.get("s", "T")).isNull();
  }

  @Test
  void beyond_its_capacity_a_row_read_every_turn_stays_while_rows_stored_once_go() {
    var many = new RecentRows(100, Duration.ofSeconds(10), () -> now);
    many.put("call-1", "NAME", new byte[] {1});
    for (int turn = 0; turn < 1_000; turn++) {
      assertThat(many.get("call-1", "NAME")).as("turn %d", turn).containsExactly(1);
      many.put("call-1", "PHONE" + turn, new byte[] {2});
    }

    var statistics = many.statistics();
    assertThat(statistics.size()).isEqualTo(100);
    assertThat(statistics.hits()).isEqualTo(1_000);
    assertThat(statistics.evictions()).isEqualTo(901);
  }

  @Test
  void dropping_a_scope_forgets_its_rows_only() {
    rows.put("call-1", "A", new byte[] {1});
    rows.put("call-10", "A", new byte[] {2});

    rows.dropScope("call-1");

    assertThat(rows.get("call-1", "A")).isNull();
    assertThat(rows.get("call-10", "A")).containsExactly(2);
  }

  @Test
  void capacity_zero_remembers_nothing() {
    var none = new RecentRows(0, Duration.ofSeconds(10), () -> now);
    none.put("s", "A", new byte[] {1});
    assertThat(none.get("s", "A")).isNull();
  }
}
