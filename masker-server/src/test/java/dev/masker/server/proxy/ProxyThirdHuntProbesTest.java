package dev.masker.server.proxy;

import static dev.masker.server.proxy.ProxyOutsideProbesTest.body;
import static dev.masker.server.proxy.ProxyOutsideProbesTest.post;
import static dev.masker.server.proxy.ProxyUpstreamFailureTest.assertError;
import static dev.masker.server.proxy.ProxyVoiceCallProbesTest.quoted;
import static dev.masker.server.proxy.ProxyVoiceCallProbesTest.user;
import static dev.masker.server.proxy.WireUpstreamResource.fake;
import static org.assertj.core.api.Assertions.assertThat;

import dev.masker.adapters.persistence.TestDatabase;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * A third outside leak hunt end to end (ADR 14): each probe got a planted value to the recording
 * fake upstream before its fix — a schema keyword no list named, a word the request passes, a value
 * split across the parts of a message of many parts, a record in a shape no strict parser reads,
 * characters no normalisation maps. The full list of probes is in ChatRequestOutsideProbesTest.
 */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
@WithTestResource(WireUpstreamResource.class)
class ProxyThirdHuntProbesTest {
  private static final String SAID = "Hi, my name is Anna Kowalski, call me at 415 555 0134";

  @AfterAll
  static void nothing_planted_reached_the_log_or_the_database() throws Exception {
    Hygiene.assertNoPlantedValueLeaked("Kowalski", "Halvorsen", "4155550134", "40071882");
  }

  /**
   * Enclosed letters (negative circled, negative squared, regional indicators) and stroked ones.
   */
  private static String plainLetters(String text) {
    var out = new StringBuilder();
    text.codePoints()
        .forEach(
            c -> {
              if (c >= 0x1F150 && c <= 0x1F169) {
                out.append((char) ('a' + c - 0x1F150));
              } else if (c >= 0x1F170 && c <= 0x1F189) {
                out.append((char) ('a' + c - 0x1F170));
              } else if (c >= 0x1F1E6 && c <= 0x1F1FF) {
                out.append((char) ('a' + c - 0x1F1E6));
              } else if (c == 0x0142) {
                out.append('l');
              } else {
                out.appendCodePoint(c);
              }
            });
    return out.toString();
  }

  private static void assertUnreadable(ProxyCalls.Agent agent, String... values) {
    var text = plainLetters(ProxyOutsideProbesTest.readByModel(agent));
    var letters = text.replaceAll("[^\\p{L}\\p{N}]", "");
    var digits = text.replaceAll("[^0-9]", "");
    for (var value : values) {
      assertThat(value.matches("[0-9]+") ? digits : letters)
          .as("%s reached the upstream", value)
          .doesNotContain(value);
    }
  }

  private static String toolResult(String content) {
    return "{\"role\":\"assistant\",\"tool_calls\":[{\"id\":\"c1\",\"type\":\"function\","
        + "\"function\":{\"name\":\"lookup\",\"arguments\":\"{}\"}}]},"
        + "{\"role\":\"tool\",\"tool_call_id\":\"c1\",\"content\":"
        + quoted(content)
        + "}";
  }

  @Test
  void strings_of_a_schema_under_any_keyword_are_masked_and_passed_words_holding_a_value_refused() {
    var agent = ProxyCalls.fakeAgent();
    var tools =
        "\"tools\":[{\"type\":\"function\",\"function\":{\"name\":\"book\",\"parameters\":"
            + "{\"type\":\"object\",\"properties\":{\"who\":{\"type\":\"string\",\"example\":"
            + "\"Anna Kowalski\",\"x-note\":\"call 415 555 0134\",\"format\":\"kowalski\"}}}}}]";

    post(agent, body(agent, "schema-3", tools, user(SAID)));

    assertUnreadable(agent, "kowalski", "4155550134");
    int before = fake().received(agent.model()).size();
    var refused =
        ProxyCalls.post(
            agent.id(), body(agent, "schema-3", "\"service_tier\":\"kowalski\"", user(SAID)));
    assertThat(assertError(refused, 422, "unsupported_content").path("param").asText())
        .isEqualTo("service_tier");
    assertThat(refused.body()).doesNotContainIgnoringCase("kowalski");
    assertThat(fake().received(agent.model())).hasSize(before);
  }

  @Test
  void a_value_split_across_the_parts_of_a_message_of_forty_parts_is_masked_and_put_back() {
    var agent = ProxyCalls.fakeAgent();
    var parts = new ArrayList<String>();
    for (int i = 0; i < 40; i++) {
      parts.add("{\"type\":\"text\",\"text\":\"ok \"}");
    }
    parts.add("{\"type\":\"text\",\"text\":\"my number is 415 555\"}");
    parts.add("{\"type\":\"text\",\"text\":\" 0134 thanks\"}");

    var response =
        post(
            agent,
            body(
                agent,
                "parts-40",
                null,
                "{\"role\":\"user\",\"content\":[" + String.join(",", parts) + "]}"));

    assertUnreadable(agent, "4155550134");
    assertThat(ProxyCalls.parse(response.body()).at("/choices/0/message/content").asText())
        .as("the answer is rehydrated")
        .contains("415 555 0134 thanks");
  }

  @Test
  void records_in_json_like_text_html_and_hl7_are_masked_by_their_labels() {
    var agent = ProxyCalls.fakeAgent();
    var records =
        List.of(
            "{'family': 'Halvorsen', 'mrn': '40071882'}",
            "```json\n{\"family\":\"Halvorsen\",\"mrn\":\"40071882\"}\n```",
            "{\"telecom\":[{\"system\":\"phone\",\"value\":\"4155550134\"}]}",
            "[[\"first\",\"last\",\"mrn\"],[\"Dagny\",\"Halvorsen\",\"40071882\"]]",
            "<table><tr><th>last</th><th>mrn</th></tr><tr><td>Halvorsen</td><td>40071882</td>"
                + "</tr></table>",
            "PID|1||40071882^^^MRN||HALVORSEN^DAGNY||19610314|F|||||(415)555-0134");
    int call = 0;
    for (var record : records) {
      post(agent, body(agent, "record-" + call++, null, user("look me up"), toolResult(record)));
      assertUnreadable(agent, "halvorsen", "40071882", "4155550134");
    }
  }

  @Test
  void grouping_marks_enclosed_and_stroked_letters_do_not_hide_a_value() {
    var agent = ProxyCalls.fakeAgent();
    post(agent, body(agent, "marks-1", null, user("call me at 415\u00b7555\u00b70134")));
    assertUnreadable(agent, "4155550134");

    var squared = new StringBuilder();
    "KOWALSKI".chars().forEach(c -> squared.appendCodePoint(0x1F170 + (c - 'A')));
    for (var form : List.of(squared + " needs a refill", "Kowa\u0142ski needs a refill")) {
      var id = "letters-" + form.length();
      post(agent, body(agent, id, null, user(SAID)));
      post(agent, body(agent, id, null, user(form)));
      assertUnreadable(agent, "kowalski");
    }
  }
}
