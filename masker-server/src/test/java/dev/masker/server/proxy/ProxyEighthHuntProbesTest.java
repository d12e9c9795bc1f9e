package dev.masker.server.proxy;

import static dev.masker.server.proxy.ProxyOutsideProbesTest.body;
import static dev.masker.server.proxy.ProxyOutsideProbesTest.post;
import static dev.masker.server.proxy.ProxyVoiceCallProbesTest.assistant;
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
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * An eighth outside leak hunt end to end (ADR 24), through the real server and the recording fake
 * upstream, played as voice platforms send a call: the whole history again each turn. A surname
 * with a zero-width char inside under a record's name key, a name a line break cut after its cue,
 * and an e-mail said over two turns reached the upstream here before their fixes; a record
 * look-up's tool call in the answer, and a token the model wrote in lower case, already came back
 * to the caller with the real values, and the next turn, holding them, went up masked: the tests
 * keep it so. A token the model respaced ("MSKV1. PHONE. …") reached the caller as written before
 * its fix. The full list of probes is in ChatRequestEighthHuntProbesTest.
 */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
@WithTestResource(WireUpstreamResource.class)
class ProxyEighthHuntProbesTest {
  private static final String SURNAME = "Brackenridge";
  private static final String PHONE = "9715550148";
  private static final String MRN = "58203917";

  @AfterAll
  static void nothing_planted_reached_the_log_or_the_database() throws Exception {
    Hygiene.assertNoPlantedValueLeaked(SURNAME, "Saffronfield", PHONE, MRN);
  }

  private static void assertUnreadable(ProxyCalls.Agent agent, String... values) {
    var text = ProxyOutsideProbesTest.modelReading(ProxyOutsideProbesTest.readByModel(agent));
    var letters = text.replaceAll("[^\\p{L}\\p{N}]", "").toLowerCase(Locale.ROOT);
    var digits = text.replaceAll("[^0-9]", "");
    for (var value : values) {
      assertThat(value.matches("[0-9]+") ? digits : letters)
          .as("%s reached the upstream", value)
          .doesNotContain(value.toLowerCase(Locale.ROOT));
    }
  }

  private static String content(java.net.http.HttpResponse<String> response) {
    return ProxyCalls.parse(response.body()).at("/choices/0/message/content").asText();
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
  void a_keyed_surname_with_an_invisible_char_inside_is_masked() {
    var agent = ProxyCalls.fakeAgent();
    int call = 0;
    for (var record :
        List.of(
            "{\"family\":\"Bracken\u200bridge\",\"given\":[\"Ottilie\"]}",
            "{\"last_name\":\"Bracken\u200dridge\"}",
            "{\"surname\":\"Bracken\u00adridge\"}")) {
      post(
          agent,
          body(
              agent,
              "keyed-" + call++,
              null,
              user("look me up"),
              toolCall("c1", "{}"),
              toolResult("c1", record)));
      assertUnreadable(agent, SURNAME);
    }
  }

  @Test
  void a_name_a_line_break_cut_after_its_cue_is_masked() {
    var agent = ProxyCalls.fakeAgent();
    var response =
        post(
            agent,
            body(
                agent,
                "wrapped",
                null,
                user("my name is Ottilie\nBrackenridge and I need a refill")));
    assertUnreadable(agent, SURNAME);
    assertThat(content(response)).isEqualTo("my name is Ottilie\nBrackenridge and I need a refill");
  }

  @Test
  void an_e_mail_said_over_two_turns_is_masked_in_both() {
    var agent = ProxyCalls.fakeAgent();
    var first = user("my email is ottilie dot brackenridge");
    var prompt = assistant("go on");
    var second = user("at example dot org");
    post(agent, body(agent, "email", null, first));
    post(agent, body(agent, "email", null, first, prompt, second));
    assertUnreadable(agent, SURNAME);
  }

  @Test
  void a_record_look_up_comes_back_with_real_values_and_the_next_turn_goes_up_masked() {
    var agent = ProxyCalls.fakeAgent();
    // The model calls the look-up with the tokens it was given: the caller's platform must get the
    // real values to run the look-up.
    fake()
        .on(
            agent.model(),
            Behaviours.toolCalls(
                received -> {
                  var text = received.bodyText();
                  var name = Phi.token(text, "NAME");
                  var phone = Phi.token(text, "PHONE");
                  return List.of(
                      new Behaviours.ToolCall(
                          "call_1",
                          "lookup_patient",
                          "{\"name\":\"" + name + "\",\"phone\":\"" + phone + "\"}"));
                }));
    var said = user("hi this is Ottilie Brackenridge, my phone is 971 555 0148");
    var response = post(agent, body(agent, "lookup", null, said));
    var arguments =
        ProxyCalls.parse(response.body())
            .at("/choices/0/message/tool_calls/0/function/arguments")
            .asText();
    assertThat(arguments).contains("Ottilie Brackenridge").contains("971 555 0148");

    // The next turn, as the platform sends it: the whole history, the tool call as the caller got
    // it, and the EHR's record with numbers as JSON numbers.
    fake().on(agent.model(), Behaviours.echo());
    var record =
        "{\"id\":58203917,\"active\":true,\"name\":{\"family\":\"Brackenridge\",\"given\":"
            + "[\"Ottilie\"]},\"phone\":9715550148,\"deceased\":null,\"address\":{\"line\":"
            + "[\"3318 Saffronfield Ct\"],\"postalCode\":97223}}";
    var history = new ArrayList<String>();
    history.add(said);
    history.add(toolCall("call_1", arguments));
    history.add(toolResult("call_1", record));
    history.add(
        assistant("Thanks Ottilie, I found your chart. Is 971-555-0148 still your number?"));
    history.add(user("yes, and the MRN is 58203917"));
    post(agent, body(agent, "lookup", null, history.toArray(String[]::new)));
    assertUnreadable(agent, SURNAME, "ottilie", PHONE, MRN, "saffronfield");
  }

  @Test
  void a_token_the_model_wrote_in_lower_case_comes_back_as_the_value() {
    var agent = ProxyCalls.fakeAgent();
    fake()
        .on(
            agent.model(),
            Behaviours.answer(
                received -> {
                  var phone = Phi.token(received.bodyText(), "PHONE");
                  return "I will call " + phone.toLowerCase(Locale.ROOT) + " back.";
                }));
    var response = post(agent, body(agent, "lower", null, user("call me at 971 555 0148")));
    assertThat(content(response)).isEqualTo("I will call 971 555 0148 back.");
    fake().on(agent.model(), Behaviours.echo());
    post(
        agent,
        body(
            agent,
            "lower",
            null,
            user("call me at 971 555 0148"),
            assistant(content(response)),
            user("thanks")));
    assertUnreadable(agent, PHONE);
  }

  @Test
  void a_token_the_model_respaced_comes_back_as_the_value() {
    var agent = ProxyCalls.fakeAgent();
    fake()
        .on(
            agent.model(),
            Behaviours.answer(
                received -> {
                  var phone = Phi.token(received.bodyText(), "PHONE");
                  return "I will call " + phone.replace(".", ". ") + " back.";
                }));
    var response = post(agent, body(agent, "respaced", null, user("call me at 971 555 0148")));
    assertThat(content(response)).isEqualTo("I will call 971 555 0148 back.");
  }
}
