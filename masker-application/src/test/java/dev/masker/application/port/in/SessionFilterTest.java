package dev.masker.application.port.in;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.masker.domain.common.InvalidValue;
import dev.masker.domain.session.SessionStatus;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SessionFilterTest {
  private static final Instant NOW = Instant.parse("2026-05-03T21:14:32.481Z");
  private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

  @ParameterizedTest(name = "since={0}")
  @CsvSource({
    "1h, 2026-05-03T20:14:32.481Z",
    "24h, 2026-05-02T21:14:32.481Z",
    "7d, 2026-04-26T21:14:32.481Z",
    "30d, 2026-04-03T21:14:32.481Z",
    "2026-05-01T00:00:00Z, 2026-05-01T00:00:00Z",
    "2026-05-01T02:00:00+02:00, 2026-05-01T00:00:00Z",
    "2000-01-01T00:00:00Z, 2000-01-01T00:00:00Z",
  })
  void the_window_starts_where_since_says(String since, String start) {
    var filter = SessionFilter.of(since, null, null, null, null);

    assertThat(filter.start(CLOCK)).isEqualTo(Instant.parse(start));
  }

  @Test
  void without_since_the_window_is_the_last_day() {
    assertThat(SessionFilter.of(null, null, null, null, null).start(CLOCK))
        .isEqualTo(NOW.minusSeconds(24 * 3600));
  }

  @ParameterizedTest(name = "{0}={1}")
  @CsvSource(
      delimiter = ';',
      value = {
        "since;2h",
        "since;''",
        "since;2026-05-01",
        "since;2026-05-01T00:00:00",
        "since;1999-12-31T23:59:59.999Z",
        "since;3000-01-01T00:00:00Z",
        "status;OK",
        "status;cancelled",
        "agent_id;agt_01kb3z7zj4d9v6x0q1n2m3p4rs",
        "agent_id;sess_01KB3Z7ZJ4D9V6X0Q1N2M3P4RS",
        "min_redactions;-1",
        "min_redactions;1000001",
        "min_redactions;2147483648",
        "min_redactions;one",
        "external_id;''",
        "external_id;' '",
      })
  void a_value_beyond_its_bounds_names_its_parameter(String parameter, String value) {
    assertThatThrownBy(() -> filterWith(parameter, value))
        .isInstanceOfSatisfying(
            InvalidValue.class, invalid -> assertThat(invalid.field()).isEqualTo(parameter));
  }

  @Test
  void an_external_id_is_at_most_as_long_as_a_session_key_and_holds_no_control_character() {
    assertThat(filterWith("external_id", "k".repeat(256)).externalId()).isPresent();
    assertThatThrownBy(() -> filterWith("external_id", "k".repeat(257)))
        .isInstanceOf(InvalidValue.class);
    assertThatThrownBy(() -> filterWith("external_id", "call\nid"))
        .isInstanceOf(InvalidValue.class);
  }

  @Test
  void values_at_their_bounds_are_taken_and_an_external_id_is_stripped_like_a_session_key() {
    var filter =
        SessionFilter.of("30d", "partial", "agt_01KB3Z7ZJ4D9V6X0Q1N2M3P4RS", "1000000", " call-9 ");

    assertThat(filter.status()).contains(SessionStatus.PARTIAL);
    assertThat(filter.minRedactions()).isEqualTo(1_000_000);
    assertThat(filter.externalId()).contains("call-9");
    assertThat(filterWith("min_redactions", "0").minRedactions()).isZero();
  }

  @Test
  void a_cursor_key_holds_the_hash_of_an_external_id_never_the_id() {
    var filter = SessionFilter.of(null, null, null, null, "+14155552671");

    var key = filter.cursorKey(Optional.of("xid_HASHED"));

    assertThat(key).contains("xid_HASHED").doesNotContain("4155552671");
    assertThat(key).isNotEqualTo(SessionFilter.none().cursorKey(Optional.empty()));
  }

  @Test
  void the_same_instant_written_two_ways_is_the_same_filter_for_a_cursor() {
    var utc = SessionFilter.of("2026-05-01T00:00:00Z", null, null, null, null);
    var offset = SessionFilter.of("2026-05-01T02:00:00+02:00", null, null, null, null);

    assertThat(utc.cursorKey(Optional.empty())).isEqualTo(offset.cursorKey(Optional.empty()));
  }

  private static SessionFilter filterWith(String parameter, String value) {
    return SessionFilter.of(
        parameter.equals("since") ? value : null,
        parameter.equals("status") ? value : null,
        parameter.equals("agent_id") ? value : null,
        parameter.equals("min_redactions") ? value : null,
        parameter.equals("external_id") ? value : null);
  }
}
