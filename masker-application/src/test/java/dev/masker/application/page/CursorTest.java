package dev.masker.application.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.masker.domain.common.InvalidValue;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CursorTest {
  private static final Instant T0 = Instant.parse("2026-05-03T21:14:32.481Z");
  private static final Keyset AFTER = new Keyset(T0, "agt_01HYZ3N5V8K2M4P6Q8R0S2T4V6");

  private static String base64(String text) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }

  private static void assertRefused(String encoded, String list, String filter, String issue) {
    assertThatThrownBy(() -> Cursor.decode(encoded, list, filter))
        .isInstanceOfSatisfying(
            InvalidValue.class,
            e -> {
              assertThat(e.field()).isEqualTo("cursor");
              assertThat(e.issue()).isEqualTo(issue);
            });
  }

  @Test
  void a_cursor_reads_back_as_the_position_it_was_issued_for() {
    var encoded = Cursor.of("agents", "cardio", AFTER).encode();

    var decoded = Cursor.decode(encoded, "agents", "cardio");

    assertThat(decoded.after()).isEqualTo(AFTER);
    assertThat(decoded.list()).isEqualTo("agents");
    assertThat(decoded).isEqualTo(Cursor.of("agents", "cardio", AFTER));
  }

  @Test
  void a_cursor_without_a_filter_reads_back_without_one() {
    var encoded = Cursor.of("agents", null, AFTER).encode();

    assertThat(Cursor.decode(encoded, "agents", null).after()).isEqualTo(AFTER);
    assertThat(Cursor.decode(encoded, "agents", "").after()).isEqualTo(AFTER);
  }

  @Test
  void a_cursor_is_safe_in_a_url_and_does_not_reveal_the_filter() {
    var encoded = Cursor.of("agents", "Jane Doe", AFTER).encode();

    assertThat(encoded).matches("[A-Za-z0-9_-]+");
    var text = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8);
    assertThat(text).doesNotContainIgnoringCase("jane");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "not a cursor!", "%%%", "Zm9v", "YzF8YWdlbnRz"})
  void garbage_is_not_a_cursor(String garbage) {
    assertRefused(garbage, "agents", null, "is not a valid cursor");
  }

  @Test
  void a_cursor_of_another_version_is_not_a_cursor() {
    var cursor = Cursor.of("agents", null, AFTER);
    var encoded =
        base64(
            String.join(
                "|", "c0", "agents", cursor.filterDigest(), Long.toString(T0.toEpochMilli()), "x"));

    assertRefused(encoded, "agents", null, "is not a valid cursor");
  }

  @Test
  void a_cursor_keeps_the_position_to_the_nanosecond_so_no_row_of_that_millisecond_is_skipped() {
    var precise = new Keyset(Instant.parse("2026-05-03T21:14:32.481123456Z"), "agt_x");

    var read = Cursor.decode(Cursor.of("agents", null, precise).encode(), "agents", null);

    assertThat(read.after()).isEqualTo(precise);
  }

  @Test
  void a_tampered_position_is_not_a_cursor() {
    var digest = Cursor.of("agents", null, AFTER).filterDigest();

    assertRefused(
        base64("c1|agents|" + digest + "|yesterday|" + AFTER.id()),
        "agents",
        null,
        "is not a valid cursor");
    assertRefused(
        base64("c1|agents|" + digest + "|" + T0 + "|"), "agents", null, "is not a valid cursor");
    assertRefused(
        base64("c1|agents|" + digest + "|" + T0 + "|a|b"), "agents", null, "is not a valid cursor");
  }

  @Test
  void a_cursor_of_another_list_is_refused() {
    var encoded = Cursor.of("sessions", null, AFTER).encode();

    assertRefused(encoded, "agents", null, "was issued for another list or filter");
  }

  @Test
  void a_cursor_of_another_filter_is_refused() {
    var encoded = Cursor.of("agents", "cardio", AFTER).encode();

    assertRefused(encoded, "agents", "dental", "was issued for another list or filter");
    assertRefused(encoded, "agents", null, "was issued for another list or filter");
    assertRefused(
        Cursor.of("agents", null, AFTER).encode(),
        "agents",
        "cardio",
        "was issued for another list or filter");
  }
}
