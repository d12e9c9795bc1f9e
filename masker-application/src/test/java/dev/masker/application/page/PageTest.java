package dev.masker.application.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PageTest {
  private static final Instant T0 = Instant.parse("2026-05-03T21:14:32.481Z");

  private static Keyset keyOf(String row) {
    return new Keyset(T0, row);
  }

  @Test
  void fewer_rows_than_the_limit_make_the_last_page() {
    var page = Page.cut(List.of("c", "b"), 3, PageTest::keyOf);

    assertThat(page.items()).containsExactly("c", "b");
    assertThat(page.next()).isEmpty();
  }

  @Test
  void exactly_the_limit_makes_the_last_page() {
    var page = Page.cut(List.of("c", "b", "a"), 3, PageTest::keyOf);

    assertThat(page.items()).containsExactly("c", "b", "a");
    assertThat(page.next()).isEmpty();
  }

  @Test
  void the_extra_row_is_not_served_and_the_next_page_continues_after_the_last_row_served() {
    var page = Page.cut(List.of("d", "c", "b", "a"), 3, PageTest::keyOf);

    assertThat(page.items()).containsExactly("d", "c", "b");
    assertThat(page.next()).contains(new Keyset(T0, "b"));
  }

  @Test
  void no_rows_make_an_empty_last_page() {
    var page = Page.cut(List.<String>of(), 3, PageTest::keyOf);

    assertThat(page.items()).isEmpty();
    assertThat(page.next()).isEmpty();
  }

  @Test
  void a_page_does_not_change_when_the_rows_it_was_cut_from_do() {
    var rows = new ArrayList<>(List.of("c", "b"));
    var page = Page.cut(rows, 3, PageTest::keyOf);

    rows.add("a");

    assertThat(page.items()).containsExactly("c", "b");
    assertThatThrownBy(() -> page.items().add("x"))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
