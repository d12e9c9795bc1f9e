package dev.masker.server.proxy;

import static dev.masker.server.proxy.ProxyOutsideProbesTest.body;
import static dev.masker.server.proxy.ProxyOutsideProbesTest.post;
import static dev.masker.server.proxy.ProxyVoiceCallProbesTest.assistant;
import static dev.masker.server.proxy.ProxyVoiceCallProbesTest.quoted;
import static dev.masker.server.proxy.ProxyVoiceCallProbesTest.user;
import static dev.masker.server.proxy.WireUpstreamResource.fake;
import static org.assertj.core.api.Assertions.assertThat;

import dev.masker.adapters.persistence.TestDatabase;
import dev.masker.server.metrics.Scrape;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * A fifteenth outside leak hunt end to end (ADR 38), through the real server and the recording fake
 * upstream. The first two groups reached the upstream before their fix in the domain probes: a tool
 * result's record written as key and value pairs ({@code {"k": "last", "v": …}}), and a phone cut
 * between a message's {@code name} and words before its rest. The others play shapes the hunt
 * probed that did not leak, turn by turn as a voice platform resends the history: a phone said
 * again in a transcriber's homophones, and a record in the markup a model reads (SSML, HTML, YAML,
 * JSON in a code fence). The log, every table and the metrics are searched for the planted values.
 * The full list of probes is in ChatRequestFifteenthHuntProbesTest.
 */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
@WithTestResource(WireUpstreamResource.class)
class ProxyFifteenthHuntProbesTest {
  private static final String SURNAME = "Drelmorrow";
  private static final String GIVEN = "Caspiane";
  private static final String PHONE = "4585550129";
  private static final String MRN = "83615029";
  private static final String DOB = "19490817";
  private static final String STREET = "Quillstone";
  private static final String[] PLANTED = {SURNAME, GIVEN, PHONE, MRN, DOB, STREET};

  @AfterAll
  static void nothing_planted_reached_the_log_or_the_database() throws Exception {
    Hygiene.assertNoPlantedValueLeaked(
        SURNAME,
        SURNAME.toUpperCase(Locale.ROOT),
        GIVEN,
        PHONE,
        "458-555-0129",
        "458555",
        MRN,
        DOB,
        STREET);
  }

  private static void assertUnreadable(ProxyCalls.Agent agent, String... values) {
    var text = ProxyOutsideProbesTest.readByModel(agent);
    var letters = text.replaceAll("[^\\p{L}\\p{N}]", "").toLowerCase(Locale.ROOT);
    var digits = text.replaceAll("[^0-9]", "");
    for (var value : values) {
      assertThat(value.matches("[0-9]+") ? digits : letters)
          .as("%s reached the upstream", value)
          .doesNotContain(value.toLowerCase(Locale.ROOT));
    }
  }

  /** Neither the letters nor the digits of {@code text} hold a planted value. */
  private static void assertNothingPlantedIn(String where, String text) {
    var letters = text.replaceAll("[^\\p{L}\\p{N}]", "").toLowerCase(Locale.ROOT);
    var digits = text.replaceAll("[^0-9]", "");
    for (var value : PLANTED) {
      assertThat(value.matches("[0-9]+") ? digits : letters)
          .as("%s holds %s", where, value)
          .doesNotContain(value.toLowerCase(Locale.ROOT));
    }
    assertThat(digits).as("%s holds the phone's first six", where).doesNotContain("458555");
  }

  private static String toolCall(String id) {
    return "{\"role\":\"assistant\",\"content\":null,\"tool_calls\":[{\"id\":\""
        + id
        + "\",\"type\":\"function\",\"function\":{\"name\":\"lookup_patient\",\"arguments\":"
        + "\"{}\"}}]}";
  }

  private static String toolResult(String id, String content) {
    return "{\"role\":\"tool\",\"tool_call_id\":\""
        + id
        + "\",\"content\":"
        + quoted(content)
        + "}";
  }

  /** The call resent whole after each new user message, as voice platforms do. */
  private static void turnByTurn(ProxyCalls.Agent agent, String call, ArrayList<String> messages) {
    var sent = new ArrayList<String>();
    for (var message : messages) {
      sent.add(message);
      if (message.startsWith("{\"role\":\"user\"")) {
        post(agent, body(agent, call, null, sent.toArray(String[]::new)));
      }
    }
  }

  @Test
  void a_record_of_key_and_value_pairs_in_a_tool_result_is_masked() {
    var agent = ProxyCalls.fakeAgent();
    post(
        agent,
        body(
            agent,
            "pairs",
            null,
            user("pull my record"),
            toolCall("c1"),
            toolResult(
                "c1",
                "{\"fields\":[{\"k\":\"last\",\"v\":\"Drelmorrow\"},{\"k\":\"first name\",\"v\":"
                    + "\"Caspiane\"},{\"k\":\"mrn\",\"v\":\"83615029\"},{\"k\":\"phone\",\"v\":"
                    + "\"4585550129\"}]}"),
            toolCall("c2"),
            toolResult("c2", "fields = [{'k': 'last', 'v': 'Drelmorrow'}]")));
    assertUnreadable(agent, SURNAME, GIVEN, MRN, PHONE);
  }

  @Test
  void a_phone_cut_between_a_name_and_words_before_its_rest_is_refused_and_quoted_nowhere() {
    var agent = ProxyCalls.fakeAgent();
    int before = fake().received(agent.model()).size();
    var refused =
        ProxyCalls.post(
            agent.id(),
            "{\"model\":\""
                + agent.model()
                + "\",\"messages\":[{\"role\":\"user\",\"name\":\"caller_458555\",\"content\":"
                + "\"the rest is 0129\"}]}");
    assertThat(refused.statusCode()).isEqualTo(422);
    assertNothingPlantedIn("the name error", refused.body());
    assertThat(refused.body()).doesNotContain("0129");
    assertThat(fake().received(agent.model())).hasSize(before);
  }

  @Test
  void a_phone_said_again_in_homophones_turn_after_turn_is_masked() {
    var agent = ProxyCalls.fakeAgent();
    var messages = new ArrayList<String>();
    messages.add(user("hi, this is Caspiane Drelmorrow, my phone is 458 555 0129"));
    messages.add(assistant("Thanks. Can you say the number again?"));
    messages.add(user("for five ate five five five oh one to nine"));
    messages.add(assistant("And the MRN?"));
    messages.add(user("MRN 83615029"));
    messages.add(assistant("Got it."));
    messages.add(user("ate three six won five oh to nine, right"));
    turnByTurn(agent, "homophones", messages);
    assertUnreadable(agent, SURNAME, GIVEN, PHONE, MRN);
  }

  @Test
  void a_record_in_the_markup_a_model_reads_is_masked() {
    var agent = ProxyCalls.fakeAgent();
    post(
        agent,
        body(
            agent,
            "markup",
            null,
            user("read me my record"),
            toolCall("c1"),
            toolResult(
                "c1",
                "<speak>Hello <sub alias=\"Caspiane Drelmorrow\">the patient</sub>, your callback"
                    + " is <say-as interpret-as=\"telephone\">4585550129</say-as></speak>"),
            toolCall("c2"),
            toolResult(
                "c2",
                "patient:\n  given: Caspiane\n  family: Drelmorrow\n  mrn: '83615029'\n"
                    + "  address:\n    line: 6142 Quillstone Terrace\n"),
            toolCall("c3"),
            toolResult(
                "c3",
                "here it is:\n```json\n{\"patient\":\"Caspiane Drelmorrow\",\"dob\":"
                    + "\"1949-08-17\"}\n```")));
    assertUnreadable(agent, SURNAME, GIVEN, PHONE, MRN, DOB, STREET);
    assertNothingPlantedIn("the metrics", Scrape.metrics());
  }
}
