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
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * A ninth outside leak hunt end to end (ADR 26), through the real server and the recording fake
 * upstream, each turn resending the whole history as voice platforms do. Every group here reached
 * the upstream before its fix: an HL7 segment quoted inside a line or broken by a written {@code
 * \r}, hex of a record and a known phone in hex after the first mention was trimmed away, a surname
 * in an HTML or SSML tag after its cue, a form key in brackets and a number in markdown's
 * backticks, and a known birth date said again as plain numbers. The full list of probes is in
 * ChatRequestNinthHuntProbesTest.
 */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
@WithTestResource(WireUpstreamResource.class)
class ProxyNinthHuntProbesTest {
  private static final String SURNAME = "Quintanilla";
  private static final String PHONE = "5415550127";
  private static final String MRN = "73641902";
  private static final String SAID =
      "Hi, this is Marisol Quintanilla, date of birth 08/23/1974, my phone is 541 555 0127,"
          + " MRN 73641902";

  @AfterAll
  static void nothing_planted_reached_the_log_or_the_database() throws Exception {
    Hygiene.assertNoPlantedValueLeaked(SURNAME, PHONE, MRN, "19740823");
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

  private static String hex(String text) {
    var out = new StringBuilder();
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      out.append(String.format("%02x", b));
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
  void hl7_segments_quoted_in_a_line_or_broken_by_a_written_break_are_masked() {
    var agent = ProxyCalls.fakeAgent();
    var ask = user("can you check my chart");
    var lookup = toolCall("c1", "{\"query\":\"chart\"}");
    var quotedSegment =
        toolResult("c1", "feed: PID|1||73641902^^^C^MR||QUINTANILLA^MARISOL||19740823|F");
    post(agent, body(agent, "hl7", null, ask, lookup, quotedSegment));
    assertUnreadable(agent, SURNAME, MRN, "19740823");

    var logged =
        toolResult(
            "c2",
            "MSH|^~\\&|A|B|||2026||ADT^A01|1|P|2.5\\rPID|1||73641902^^^C^MR||QUINTANILLA^MARISOL"
                + "||19740823\\rPV1|1|O");
    post(
        agent,
        body(
            agent,
            "hl7",
            null,
            ask,
            lookup,
            quotedSegment,
            assistant("one moment"),
            user("and the feed log?"),
            toolCall("c2", "{}"),
            logged));
    assertUnreadable(agent, SURNAME, MRN, "19740823");
  }

  @Test
  void hex_of_a_record_and_a_known_phone_in_hex_later_are_masked() {
    var agent = ProxyCalls.fakeAgent();
    var record = hex("Patient: Marisol Quintanilla");
    post(
        agent,
        body(
            agent,
            "hex",
            null,
            user("look me up"),
            toolCall("c1", "{}"),
            toolResult("c1", "{\"blob\":\"" + record + "\"}")));
    assertUnreadable(agent, SURNAME);
    assertThat(ProxyOutsideProbesTest.readByModel(agent)).doesNotContain(record);

    // A later turn whose history the platform trimmed: the phone said once, then in hex.
    post(agent, body(agent, "hex-later", null, user(SAID)));
    post(agent, body(agent, "hex-later", null, user(hex(PHONE))));
    assertThat(ProxyOutsideProbesTest.readByModel(agent)).doesNotContain(hex(PHONE));
  }

  @Test
  void a_surname_in_a_tag_after_its_cue_is_masked_turn_after_turn() {
    var agent = ProxyCalls.fakeAgent();
    var system =
        "{\"role\":\"system\",\"content\":"
            + quoted(
                "<speak>Greet the caller. Her name is <say-as interpret-as=\"characters\">"
                    + "QUINTANILLA</say-as>.</speak>")
            + "}";
    var first = user("hi, it's me, my name is <b>Quintanilla</b>");
    post(agent, body(agent, "tags", null, system, first));
    assertUnreadable(agent, SURNAME);
    post(
        agent,
        body(agent, "tags", null, system, first, assistant("Hello!"), user("I need a refill")));
    assertUnreadable(agent, SURNAME);
  }

  @Test
  void bracketed_form_keys_and_numbers_in_backticks_are_masked() {
    var agent = ProxyCalls.fakeAgent();
    post(
        agent,
        body(
            agent,
            "forms",
            null,
            user("submit my intake"),
            toolCall("c1", "{\"form\":\"patient[mrn]=73641902&patient[tel]=5415550127\"}"),
            toolResult("c1", "**Saved** for MRN `73641902`")));
    assertUnreadable(agent, MRN, PHONE);
  }

  @Test
  void a_known_birth_date_said_again_as_plain_numbers_is_masked_after_the_history_was_trimmed() {
    var agent = ProxyCalls.fakeAgent();
    post(agent, body(agent, "dob", null, user(SAID)));
    post(agent, body(agent, "dob", null, user("it's eight twenty three seventy four")));
    var text = ProxyOutsideProbesTest.readByModel(agent).toLowerCase(Locale.ROOT);
    assertThat(text).doesNotContain("eight twenty three seventy four");
  }
}
