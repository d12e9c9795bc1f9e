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
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * An eleventh outside leak hunt end to end (ADR 30), through the real server and the recording fake
 * upstream, each turn resending the whole history as voice platforms do. Every group here reached
 * the upstream before its fix: a name cut by HTML tags and a phone cut by Markdown emphasis; an HL7
 * message with delimiters of its sender's choosing and an insured's segment; a phone and a record
 * said in Spanish and German digit words; a surname under a phone number's key, a FHIR reference to
 * a patient and its display; and a number cut between a message's name and its content, which is
 * refused. The full list of probes is in ChatRequestEleventhHuntProbesTest.
 */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
@WithTestResource(WireUpstreamResource.class)
class ProxyEleventhHuntProbesTest {
  private static final String SURNAME = "Ravensholt";
  private static final String PHONE = "3075550172";
  private static final String MRN = "59317246";
  private static final String MEMBER = "486215";

  @AfterAll
  static void nothing_planted_reached_the_log_or_the_database() throws Exception {
    Hygiene.assertNoPlantedValueLeaked(SURNAME, PHONE, MRN, "19570314");
  }

  private static void assertUnreadable(ProxyCalls.Agent agent, String... values) {
    var text = ProxyOutsideProbesTest.readByModel(agent);
    var unmarked = text.replaceAll("<[^<>]*>", "").replace("*", "");
    var letters = unmarked.replaceAll("[^\\p{L}\\p{N}]", "").toLowerCase(Locale.ROOT);
    var digits = unmarked.replaceAll("[^0-9]", "");
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
  void a_name_cut_by_tags_and_a_phone_cut_by_emphasis_are_masked_turn_after_turn() {
    var agent = ProxyCalls.fakeAgent();
    var first = user("hi, my name is <b>Cori</b>sande Ravens<i>holt</i>");
    post(agent, body(agent, "marks", null, first));
    assertUnreadable(agent, SURNAME);
    post(
        agent,
        body(
            agent,
            "marks",
            null,
            first,
            assistant("Thanks. What number can we reach you at?"),
            user("my phone is **307**-555-**0172**, MRN `5931`7246")));
    assertUnreadable(agent, SURNAME, PHONE, MRN);
  }

  @Test
  void an_hl7_message_with_its_own_delimiters_and_an_insured_segment_is_masked() {
    var agent = ProxyCalls.fakeAgent();
    var message =
        "MSH#$%!@#EPIC#HOSP#####ADT$A01#1#P#2.5\rPID#1##59317246$$$HOSP$MR##"
            + "RAVENSHOLT$CORISANDE$$$$$L##19570314#F\r"
            + "IN1#1#PLAN01#HCP#ACME HEALTH############RAVENSHOLT$CORISANDE#01#19570314#"
            + "2873 MARROWICK LN$$RAWLINS$WY$82301#################QWB486215";
    post(
        agent,
        body(
            agent,
            "hl7",
            null,
            user("pull my record"),
            toolCall("c1", "{}"),
            toolResult("c1", message)));
    assertUnreadable(agent, SURNAME, "corisande", MRN, MEMBER, "19570314");
  }

  @Test
  void numbers_said_in_spanish_and_german_digit_words_are_masked() {
    var agent = ProxyCalls.fakeAgent();
    var spanish = "mi número es tres cero siete cinco cinco cinco cero uno siete dos";
    post(agent, body(agent, "languages", null, user(spanish)));
    var text = ProxyOutsideProbesTest.readByModel(agent);
    assertThat(text).doesNotContain("cinco cinco cinco cero uno siete");

    var german = "Patientennummer fünf neun drei eins sieben zwei vier sechs";
    post(
        agent,
        body(
            agent,
            "languages",
            null,
            user(spanish),
            assistant("Gracias. ¿Y su número de paciente?"),
            user(german)));
    assertThat(ProxyOutsideProbesTest.readByModel(agent))
        .doesNotContain("cinco cinco cinco cero uno siete")
        .doesNotContain("drei eins sieben zwei vier");
  }

  @Test
  void a_surname_under_a_phone_key_and_a_fhir_reference_to_a_patient_are_masked() {
    var agent = ProxyCalls.fakeAgent();
    var appointment =
        "{\"resourceType\":\"Appointment\",\"status\":\"booked\",\"participant\":[{\"actor\":"
            + "{\"reference\":\"Patient/59317246\",\"display\":\"Ravensholt, Corisande\"}}]}";
    post(
        agent,
        body(
            agent,
            "keys",
            null,
            user("book me"),
            toolCall("c1", "{\"3075550172\":\"Ravensholt\"}"),
            toolResult("c1", appointment)));
    assertUnreadable(agent, SURNAME, "corisande", MRN);
  }

  @Test
  void a_number_cut_between_a_name_and_its_content_is_refused() {
    var agent = ProxyCalls.fakeAgent();
    int before = fake().received(agent.model()).size();
    var response =
        ProxyCalls.post(
            agent.id(),
            body(
                agent,
                "cut",
                null,
                "{\"role\":\"user\",\"name\":\"caller_307555\",\"content\":\"0172 is my number\"}"));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
    assertThat(response.body()).doesNotContain("307555").doesNotContain("0172");
    assertThat(fake().received(agent.model())).hasSize(before);
  }
}
