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
    now += Duration.ofSeconds(10).toNanos();
    assertThat(rows.get("s", "T")).containsExactly(1);
    now += 1;
    assertThat(rows.get("s", "T")).isNull();
  }

  @Test
  void the_least_recently_used_row_goes_first_when_full() {
    rows.put("s", "A", new byte[] {1});
    rows.put("s", "B", new byte[] {2});
    rows.get("s", "A");
    rows.put("s", "C", new byte[] {3});

    assertThat(rows.get("s", "A")).containsExactly(1);
    assertThat(rows.get("s", "B")).isNull();
    assertThat(rows.get("s", "C")).containsExactly(3);
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
