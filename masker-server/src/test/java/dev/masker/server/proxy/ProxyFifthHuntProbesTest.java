package dev.masker.server.proxy;

import static dev.masker.server.proxy.ProxyOutsideProbesTest.body;
import static dev.masker.server.proxy.ProxyOutsideProbesTest.post;
import static dev.masker.server.proxy.ProxyVoiceCallProbesTest.assistant;
import static dev.masker.server.proxy.ProxyVoiceCallProbesTest.quoted;
import static dev.masker.server.proxy.ProxyVoiceCallProbesTest.user;
import static dev.masker.server.proxy.WireUpstreamResource.fake;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.masker.adapters.persistence.TestDatabase;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * A fifth outside leak hunt end to end (ADR 18): each probe got a planted value to the recording
 * fake upstream before its fix — a record encoded in base64, an SQL insert and a fixed-width table,
 * a known number said again one digit off or backwards and a known name written with digits for
 * letters, a phone grouped by semicolons or bars, and a number cut over the agent's prompts. The
 * full list of probes is in ChatRequestFifthHuntProbesTest.
 */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
@WithTestResource(WireUpstreamResource.class)
class ProxyFifthHuntProbesTest {
  private static final String SAID =
      "Hi, my name is Greta Whitcombe, my phone is 312 555 0187, MRN 52930471";

  @AfterAll
  static void nothing_planted_reached_the_log_or_the_database() throws Exception {
    Hygiene.assertNoPlantedValueLeaked("Whitcombe", "Wh1tc0mbe", "3125550187", "52930471");
  }

  private static final Pattern BASE64 = Pattern.compile("[A-Za-z0-9+/_-]{12,}={0,2}");

  /** What the upstream last received as a model reads it, base64 runs decoded too. */
  private static String readByModel(ProxyCalls.Agent agent) {
    var received = fake().received(agent.model());
    var strings = new ArrayList<String>();
    collect(received.get(received.size() - 1).json(), strings);
    var decoded = new StringBuilder();
    for (var text : strings) {
      var runs = BASE64.matcher(text);
      while (runs.find()) {
        try {
          var run = runs.group().replace('-', '+').replace('_', '/').replace("=", "");
          decoded
              .append('\n')
              .append(new String(Base64.getMimeDecoder().decode(run), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException notBase64) {
          // not base64
        }
      }
    }
    return ProxyOutsideProbesTest.readByModel(agent)
        + "\n"
        + ProxyOutsideProbesTest.modelReading(decoded.toString());
  }

  private static void collect(JsonNode node, List<String> out) {
    if (node.isTextual()) {
      out.add(node.asText());
    } else {
      node.forEach(child -> collect(child, out));
    }
  }

  private static void assertUnreadable(ProxyCalls.Agent agent, String... values) {
    var text = readByModel(agent);
    var letters = text.replaceAll("[^\\p{L}\\p{N}]", "");
    var digits = text.replaceAll("[^0-9]", "");
    var spoken = ProxyVoiceCallProbesTest.spokenDigits(text);
    for (var value : values) {
      if (value.matches("[0-9]+")) {
        assertThat(digits).as("%s reached the upstream", value).doesNotContain(value);
        assertThat(new StringBuilder(digits).reverse().toString())
            .as("%s reached the upstream backwards", value)
            .doesNotContain(value);
        assertThat(spoken).as("%s reached the upstream as words", value).doesNotContain(value);
      } else {
        assertThat(letters).as("%s reached the upstream", value).doesNotContain(value);
      }
    }
  }

  private static String answer(java.net.http.HttpResponse<String> response) {
    return ProxyCalls.parse(response.body()).at("/choices/0/message/content").asText();
  }

  private static String toolResult(String content) {
    return "{\"role\":\"assistant\",\"tool_calls\":[{\"id\":\"c1\",\"type\":\"function\","
        + "\"function\":{\"name\":\"lookup\",\"arguments\":\"{}\"}}]},"
        + "{\"role\":\"tool\",\"tool_call_id\":\"c1\",\"content\":"
        + quoted(content)
        + "}";
  }

  private static String base64(String text) {
    return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void a_record_encoded_in_base64_goes_up_as_one_token() {
    var agent = ProxyCalls.fakeAgent();
    var record =
        "{\"record\":\""
            + base64(
                "{\"name\":\"Greta Whitcombe\",\"mrn\":\"52930471\",\"phone\":\"312-555-0187\"}")
            + "\"}";
    post(agent, body(agent, "b64-1", null, user("look me up"), toolResult(record)));
    assertUnreadable(agent, "whitcombe", "52930471", "3125550187");

    // said first, then encoded: the run is a recurrence of the known value
    post(agent, body(agent, "b64-2", null, user(SAID)));
    var response =
        post(agent, body(agent, "b64-2", null, user("my login is " + base64("Whitcombe"))));
    assertUnreadable(agent, "whitcombe");
    assertThat(answer(response)).as("the answer is rehydrated").contains(base64("Whitcombe"));
  }

  @Test
  void sql_inserts_and_fixed_width_tables_are_read_by_their_columns() {
    var agent = ProxyCalls.fakeAgent();
    int call = 0;
    for (var text :
        List.of(
            "INSERT INTO members (last_name, mrn, phone) VALUES ('whitcombe', 52930471,"
                + " '312-555-0187');",
            "LAST NAME    MRN        PHONE\nWHITCOMBE    52930471   3125550187",
            "last_name,mrn,phone whitcombe,52930471,3125550187")) {
      var response = post(agent, body(agent, "records-" + call++, null, user(text)));

      assertUnreadable(agent, "whitcombe", "52930471", "3125550187");
      assertThat(answer(response)).as("the answer is rehydrated").isEqualTo(text);
    }
  }

  @Test
  void a_known_number_one_digit_off_or_backwards_and_a_name_in_digits_are_masked_later() {
    var agent = ProxyCalls.fakeAgent();
    int call = 0;
    for (var form :
        List.of(
            "the record 52930472 was updated",
            "the record 52930417 was updated",
            "my number backwards is 7810 555 213",
            "Wh1tc0mbe called back")) {
      var id = "near-" + call++;
      post(agent, body(agent, id, null, user(SAID)));
      var response = post(agent, body(agent, id, null, user(form)));

      assertUnreadable(agent, "5293047", "529304", "7810555213", "whitcombe");
      assertThat(answer(response)).as("the answer is rehydrated").doesNotContain("MSKV1");
      if (!form.startsWith("Wh1")) {
        // a number keeps the digits it was said with; a name comes back as it was first said
        assertThat(answer(response)).isEqualTo(form);
      }
    }
  }

  @Test
  void semicolons_and_bars_between_phone_groups_and_a_number_cut_over_prompts_are_masked() {
    var agent = ProxyCalls.fakeAgent();
    int call = 0;
    for (var text : List.of("call me at 312;555;0187", "it's 312|555|0187 ok")) {
      var response = post(agent, body(agent, "cells-" + call++, null, user(text)));
      assertUnreadable(agent, "3125550187");
      assertThat(answer(response)).isEqualTo(text);
    }
    post(agent, body(agent, "cut", null, user("my number is 312 555")));
    post(
        agent,
        body(agent, "cut", null, user("my number is 312 555"), assistant("go on"), user("0187")));
    assertUnreadable(agent, "3125550187");
  }
}
