package dev.masker.server.proxy;

import static dev.masker.server.proxy.ProxyOutsideProbesTest.body;
import static dev.masker.server.proxy.ProxyOutsideProbesTest.post;
import static dev.masker.server.proxy.ProxyVoiceCallProbesTest.assistant;
import static dev.masker.server.proxy.ProxyVoiceCallProbesTest.quoted;
import static dev.masker.server.proxy.ProxyVoiceCallProbesTest.user;
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
 * A sixteenth outside leak hunt end to end (ADR 53), through the real server and the recording fake
 * upstream. The first two groups reached the upstream before their fix in the domain probes: a
 * birth date written with its month in Roman numerals and an MRN said in the radio alphabet's
 * digits ("fower", "ait", "tree", "wun"); a phone's groups under keys in another order and a phone
 * as an array of one-item arrays in tool results. The third plays, turn by turn as a voice platform
 * resends the history, shapes the hunt probed that did not leak: a phone said again in the radio
 * alphabet, as digit words run together and stuttered. The log, every table and the metrics are
 * searched for the planted values. The full list of probes is in
 * ChatRequestSixteenthHuntProbesTest.
 */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
@WithTestResource(WireUpstreamResource.class)
class ProxySixteenthHuntProbesTest {
  private static final String SURNAME = "Thornazeck";
  private static final String GIVEN = "Velquissa";
  private static final String PHONE = "5415550173";
  private static final String MRN = "47208316";
  private static final String[] PLANTED = {SURNAME, GIVEN, PHONE, MRN};

  @AfterAll
  static void nothing_planted_reached_the_log_or_the_database() throws Exception {
    Hygiene.assertNoPlantedValueLeaked(
        SURNAME,
        SURNAME.toUpperCase(Locale.ROOT),
        GIVEN,
        PHONE,
        "541-555-0173",
        MRN,
        "22.III.1956");
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
  void a_roman_numeral_birth_date_and_an_mrn_in_radio_digits_are_masked() {
    var agent = ProxyCalls.fakeAgent();
    post(
        agent,
        body(
            agent,
            "roman",
            null,
            user("this is Velquissa Thornazeck, born 22.III.1956"),
            assistant("Thank you. And your medical record number?"),
            user("my MRN is fower seven two zero ait tree wun six")));
    assertUnreadable(agent, SURNAME, GIVEN, MRN, "22iii1956");
  }

  @Test
  void a_phone_under_keys_in_another_order_and_in_one_item_arrays_is_masked() {
    var agent = ProxyCalls.fakeAgent();
    post(
        agent,
        body(
            agent,
            "groups",
            null,
            user("what number do you have for me"),
            toolCall("c1"),
            toolResult("c1", "{\"line\":\"0173\",\"area\":\"541\",\"exchange\":\"555\"}"),
            toolCall("c2"),
            toolResult("c2", "{\"callback\":[[\"541\"],[\"555\"],[\"0173\"]]}")));
    var text = ProxyOutsideProbesTest.readByModel(agent);
    assertThat(text.replaceAll("[^0-9]", ""))
        .as("a phone's groups reached the upstream")
        .doesNotContain("0173541555", PHONE);
  }

  @Test
  void a_phone_said_again_in_radio_digits_and_run_together_turn_after_turn_is_masked() {
    var agent = ProxyCalls.fakeAgent();
    var messages = new ArrayList<String>();
    messages.add(user("hi, this is Velquissa Thornazeck, my phone is 541 555 0173"));
    messages.add(assistant("Thanks. Can you say the number again?"));
    messages.add(user("fife fower wun fife fife fife zero wun seven tree"));
    messages.add(assistant("Once more, slowly?"));
    messages.add(user("fivefouronefivefivefivezerooneseventhree"));
    messages.add(assistant("Got it."));
    messages.add(user("five four one five five five five oh one seven three, right"));
    turnByTurn(agent, "radio", messages);
    var text = ProxyOutsideProbesTest.readByModel(agent).toLowerCase(Locale.ROOT);
    assertUnreadable(agent, SURNAME, GIVEN, PHONE);
    assertThat(text).doesNotContain("fife fower", "fivefourone", "five five five five");
    assertNothingPlantedIn("the metrics", Scrape.metrics());
  }
}
