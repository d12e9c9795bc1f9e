package dev.masker.server.proxy;

import static dev.masker.server.proxy.ProxyOutsideProbesTest.body;
import static dev.masker.server.proxy.ProxyOutsideProbesTest.post;
import static dev.masker.server.proxy.ProxyVoiceCallProbesTest.assistant;
import static dev.masker.server.proxy.ProxyVoiceCallProbesTest.quoted;
import static dev.masker.server.proxy.ProxyVoiceCallProbesTest.user;
import static org.assertj.core.api.Assertions.assertThat;

import dev.masker.adapters.persistence.TestDatabase;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * A twelfth outside leak hunt end to end (ADR 32), through the real server and the recording fake
 * upstream, each turn resending the whole history as voice platforms do. Every group here reached
 * the upstream before its fix: a surname an HL7 escape cuts in a tool result; a name whose words a
 * line separator parts, then the name spelled with dashes; a name said over and over, as a
 * transcriber caught in a loop writes it; a PHP-serialized record in a tool result; and a bare name
 * before a record label in capitals. The full list of probes is in
 * ChatRequestTwelfthHuntProbesTest.
 */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
@WithTestResource(WireUpstreamResource.class)
class ProxyTwelfthHuntProbesTest {
  private static final String SURNAME = "Quarrendale";
  private static final String GIVEN = "Zelphine";
  private static final String MRN = "73920584";

  @AfterAll
  static void nothing_planted_reached_the_log_or_the_database() throws Exception {
    Hygiene.assertNoPlantedValueLeaked(SURNAME, GIVEN, MRN, "19520819");
  }

  private static void assertUnreadable(ProxyCalls.Agent agent, String... values) {
    var text = ProxyOutsideProbesTest.readByModel(agent);
    var unescaped = text.replaceAll("\\\\[FSTRE]\\\\", "");
    var letters = unescaped.replaceAll("[^\\p{L}\\p{N}]", "").toLowerCase(Locale.ROOT);
    var digits = unescaped.replaceAll("[^0-9]", "");
    for (var value : values) {
      assertThat(value.matches("[0-9]+") ? digits : letters)
          .as("%s reached the upstream", value)
          .doesNotContain(value.toLowerCase(Locale.ROOT));
    }
  }

  private static String toolCall(String id, String arguments) {
    return "{\"role\":\"assistant\",\"content\":null,\"tool_calls\":[{\"id\":\""
        + id
        + "\",\"type\":\"function\",\"function\":{\"name\":\"lookup_patient\",\"arguments\":"
        + quoted(arguments)
        + "}}]}";
  }

  private static String toolResult(String id, String content) {
    return "{\"role\":\"tool\",\"tool_call_id\":\""
        + id
        + "\",\"content\":"
        + quoted(content)
        + "}";
  }

  @Test
  void a_surname_an_hl7_escape_cuts_is_masked() {
    var agent = ProxyCalls.fakeAgent();
    post(
        agent,
        body(
            agent,
            "hl7",
            null,
            user("pull my record"),
            toolCall("c1", "{}"),
            toolResult("c1", "PID|1||73920584^^^HOSP^MR||QUARREN\\T\\DALE^ZELPHINE||19520819|F")));
    assertUnreadable(agent, SURNAME, GIVEN, MRN, "19520819");
  }

  @Test
  void a_name_parted_by_a_line_separator_then_spelled_with_dashes_is_masked_turn_after_turn() {
    var agent = ProxyCalls.fakeAgent();
    var first = user("my name is Zelphine\u2028Quarrendale");
    post(agent, body(agent, "lines", null, first));
    assertUnreadable(agent, SURNAME, GIVEN);
    post(
        agent,
        body(
            agent,
            "lines",
            null,
            first,
            assistant("Could you spell that for me?"),
            user("it's z-e-l-p-h-i-n-e q-u-a-r-r-e-n-d-a-l-e")));
    assertUnreadable(agent, SURNAME, GIVEN);
  }

  @Test
  void a_name_said_over_and_over_is_masked() {
    var agent = ProxyCalls.fakeAgent();
    post(agent, body(agent, "loop", null, user("Zelphine Quarrendale ".repeat(50))));
    assertUnreadable(agent, SURNAME, GIVEN);
  }

  @Test
  void a_php_serialized_record_and_a_name_before_a_record_label_are_masked() {
    var agent = ProxyCalls.fakeAgent();
    post(
        agent,
        body(
            agent,
            "records",
            null,
            user("look me up"),
            toolCall("c1", "{}"),
            toolResult(
                "c1", "a:2:{s:4:\"last\";s:11:\"Quarrendale\";s:5:\"first\";s:8:\"Zelphine\";}")));
    assertUnreadable(agent, SURNAME, GIVEN);

    var other = ProxyCalls.fakeAgent();
    post(
        other,
        body(
            other,
            "label",
            null,
            user("ok"),
            toolCall("c2", "{}"),
            toolResult("c2", "Zelphine Quarrendale MRN 73920584, seen today")));
    assertUnreadable(other, SURNAME, GIVEN, MRN);
  }
}
