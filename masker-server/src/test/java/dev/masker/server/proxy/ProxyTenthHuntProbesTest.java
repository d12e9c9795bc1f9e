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
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * A tenth outside leak hunt end to end (ADR 28), through the real server and the recording fake
 * upstream, each turn resending the whole history as voice platforms do. Every group here reached
 * the upstream before its fix: a record in Morse code and a known surname in Morse after the first
 * mention was trimmed away; a record smuggled in Unicode tag characters glued to a word; a birth
 * date a right-to-left override shows reversed, and a known surname backwards and in ROT13; a phone
 * and an MRN as JSON numbers written with a fraction or an exponent, and a schema's examples under
 * a property's name; the last digits of a known MRN and member id, a surname restarted twice and a
 * lower-case surname after a capitalised given name. The full list of probes is in
 * ChatRequestTenthHuntProbesTest.
 */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
@WithTestResource(WireUpstreamResource.class)
class ProxyTenthHuntProbesTest {
  private static final String SURNAME = "Pemberthy";
  private static final String PHONE = "2085550139";
  private static final String MRN = "64820375";
  private static final String SAID =
      "Hello, this is Ysolde Pemberthy, date of birth 11/06/1968, my phone is 208 555 0139,"
          + " MRN 64820375, member id ZKP730194";

  @AfterAll
  static void nothing_planted_reached_the_log_or_the_database() throws Exception {
    Hygiene.assertNoPlantedValueLeaked(SURNAME, PHONE, MRN, "11061968");
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

  private static final Map<Character, String> MORSE =
      Map.ofEntries(
          Map.entry('a', ".-"),
          Map.entry('b', "-..."),
          Map.entry('d', "-.."),
          Map.entry('e', "."),
          Map.entry('h', "...."),
          Map.entry('i', ".."),
          Map.entry('l', ".-.."),
          Map.entry('m', "--"),
          Map.entry('n', "-."),
          Map.entry('o', "---"),
          Map.entry('p', ".--."),
          Map.entry('r', ".-."),
          Map.entry('s', "..."),
          Map.entry('t', "-"),
          Map.entry('y', "-.--"),
          Map.entry(' ', "/"));

  private static String morse(String text) {
    var out = new StringBuilder();
    for (char c : text.toCharArray()) {
      out.append(out.length() == 0 ? "" : " ").append(MORSE.get(c));
    }
    return out.toString();
  }

  private static String tags(String text) {
    var out = new StringBuilder();
    for (char c : text.toCharArray()) {
      out.appendCodePoint(0xE0000 + c);
    }
    return out.toString();
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
  void morse_code_of_a_record_and_a_known_surname_in_morse_later_are_masked() {
    var agent = ProxyCalls.fakeAgent();
    var record = morse("patient ysolde pemberthy");
    post(
        agent,
        body(
            agent,
            "morse",
            null,
            user("look me up"),
            toolCall("c1", "{}"),
            toolResult("c1", "{\"note\":\"" + record + "\"}")));
    assertThat(ProxyOutsideProbesTest.readByModel(agent)).doesNotContain(record);

    // A later turn whose history the platform trimmed: the name said once, then in Morse.
    post(agent, body(agent, "morse-later", null, user(SAID)));
    post(agent, body(agent, "morse-later", null, user("again: " + morse("pemberthy"))));
    assertThat(ProxyOutsideProbesTest.readByModel(agent)).doesNotContain(morse("pemberthy"));
  }

  @Test
  void a_record_smuggled_in_tag_characters_glued_to_a_word_is_masked_turn_after_turn() {
    var agent = ProxyCalls.fakeAgent();
    var system =
        "{\"role\":\"system\",\"content\":"
            + quoted("You are a scheduling agent." + tags("Patient Ysolde Pemberthy MRN 64820375"))
            + "}";
    var first = user("hi, I need a refill");
    post(agent, body(agent, "tags", null, system, first));
    assertUnreadable(agent, SURNAME, MRN);
    post(
        agent,
        body(agent, "tags", null, system, first, assistant("Sure."), user("the blue pills")));
    assertUnreadable(agent, SURNAME, MRN);
  }

  @Test
  void a_date_an_override_shows_reversed_and_a_known_surname_backwards_are_masked() {
    var agent = ProxyCalls.fakeAgent();
    post(
        agent,
        body(
            agent,
            "bidi",
            null,
            user("check my chart"),
            toolCall("c1", "{}"),
            toolResult("c1", "DOB \u202E8691/60/11\u202C")));
    var text = ProxyOutsideProbesTest.readByModel(agent);
    assertThat(text).doesNotContain("8691/60/11");

    post(agent, body(agent, "bidi-later", null, user(SAID)));
    post(agent, body(agent, "bidi-later", null, user("it's \u202Eyhtrebmep\u202C, or Crzoregul")));
    var later = ProxyOutsideProbesTest.readByModel(agent).toLowerCase(Locale.ROOT);
    assertThat(later).doesNotContain("yhtrebmep").doesNotContain("crzoregul");
  }

  @Test
  void numbers_with_a_fraction_or_an_exponent_and_schema_examples_are_masked() {
    var agent = ProxyCalls.fakeAgent();
    var schema =
        "\"response_format\":{\"type\":\"json_schema\",\"json_schema\":{\"name\":\"r\","
            + "\"schema\":{\"type\":\"object\",\"properties\":{\"mrn\":{\"type\":\"integer\","
            + "\"examples\":[64820375]}}}}}";
    post(
        agent,
        body(
            agent,
            "numbers",
            schema,
            user("book me"),
            toolCall("c1", "{\"phone\":2085550139.0,\"record\":6.4820375E7}"),
            toolResult("c1", "booked")));
    assertUnreadable(agent, PHONE, MRN);
  }

  @Test
  void trailing_digits_restarts_and_a_lower_case_surname_are_masked() {
    var agent = ProxyCalls.fakeAgent();
    post(agent, body(agent, "tails", null, user(SAID)));
    post(
        agent,
        body(agent, "tails", null, user("the last six of my MRN are 820375, member ending 0194")));
    assertUnreadable(agent, "820375", "0194");

    var fresh = ProxyCalls.fakeAgent();
    var first = user("my name is Ysolde Pem- Pem- Pemberthy");
    post(fresh, body(fresh, "restart", null, first));
    assertUnreadable(fresh, SURNAME);
    post(
        fresh,
        body(
            fresh,
            "restart",
            null,
            first,
            assistant("Thanks."),
            user("sorry, again: my name is Ysolde pemberthy")));
    assertUnreadable(fresh, SURNAME);
  }
}
