package dev.masker.domain.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.masker.domain.json.CanonicalJson;
import dev.masker.domain.json.JsonParser;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EventJsonTest {
  @Test
  void a_redaction_is_its_columns_sorted_with_nulls_left_out() {
    var columns = new LinkedHashMap<String, Object>();
    columns.put("id", "evt_01JTQ5V7S3XKJ8W6Z1Y2B3C4D5");
    columns.put("seq", 7L);
    columns.put("kind", "redaction");
    columns.put("ts", Instant.parse("2026-05-03T21:14:32.481Z"));
    columns.put("turn", 2);
    columns.put("confidence", 0.85);
    columns.put("reason", null);
    columns.put("changed_fields", null);

    assertThat(EventJson.of(columns))
        .isEqualTo(
            "{\"confidence\":0.85,\"id\":\"evt_01JTQ5V7S3XKJ8W6Z1Y2B3C4D5\",\"kind\":\"redaction\","
                + "\"seq\":7,\"ts\":\"2026-05-03T21:14:32.481000Z\",\"turn\":2}");
  }

  @Test
  void timestamps_have_six_fractional_digits_always() {
    assertThat(EventJson.timestamp(Instant.parse("2026-01-01T00:00:00Z")))
        .isEqualTo("2026-01-01T00:00:00.000000Z");
    assertThat(EventJson.timestamp(Instant.parse("2026-01-01T00:00:00.123456789Z")))
        .isEqualTo("2026-01-01T00:00:00.123456Z");
  }

  @Test
  void confidences_are_plain_decimals_that_a_reader_writes_back_the_same() {
    assertThat(EventJson.decimal(1.0)).isEqualTo("1");
    assertThat(EventJson.decimal(0.0)).isEqualTo("0");
    assertThat(EventJson.decimal(0.000125)).isEqualTo("0.000125");
    assertThat(EventJson.decimal(0.98765432)).isEqualTo("0.987654");
    assertThat(EventJson.decimal(0.0078125)).isEqualTo("0.007812"); // half-even on the exact value
    for (var value : new double[] {0.85, 0.5, 0.999999, 0.1, 0.000001}) {
      var text = EventJson.decimal(value);
      assertThat(CanonicalJson.write(JsonParser.parse(text))).isEqualTo(text);
      assertThat(EventJson.decimal(Double.parseDouble(text))).isEqualTo(text);
      assertThat(EventJson.rounded(value)).isEqualTo(Double.parseDouble(text));
    }
  }

  @Test
  void changed_fields_are_an_array_in_stored_order() {
    assertThat(EventJson.of(Map.of("changed_fields", List.of("name", "policy"))))
        .isEqualTo("{\"changed_fields\":[\"name\",\"policy\"]}");
  }

  @Test
  void an_unknown_column_is_refused() {
    assertThatThrownBy(() -> EventJson.of(Map.of("chain_hash", "x")))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
