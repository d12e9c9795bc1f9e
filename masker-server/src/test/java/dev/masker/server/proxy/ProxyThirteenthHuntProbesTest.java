package dev.masker.server.proxy;

import static dev.masker.server.proxy.ProxyOutsideProbesTest.body;
import static dev.masker.server.proxy.ProxyOutsideProbesTest.post;
import static dev.masker.server.proxy.ProxyVoiceCallProbesTest.quoted;
import static dev.masker.server.proxy.ProxyVoiceCallProbesTest.user;
import static dev.masker.server.proxy.WireUpstreamResource.fake;
import static org.assertj.core.api.Assertions.assertThat;

import dev.masker.adapters.persistence.TestDatabase;
import dev.masker.server.metrics.Scrape;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * A thirteenth outside leak hunt end to end (ADR 34), through the real server and the recording
 * fake upstream. The first groups reached the upstream before their fix in the domain probes:
 * subtitles whose cue number follows the phone on the next line, a surname in capitals in an HL7
 * note with no PID, an EDIFACT message, a MIME header in the Q encoding, a uuencoded note and a
 * surname before an unlisted given name and a record label. The last plays the exits other than the
 * upstream: a model name, a field of the wrong type, an unknown field, a body over the limit, an
 * upstream that answers 400 quoting the turn back, and values in the session header, {@code user}
 * and {@code metadata}; the error bodies, the metrics, the log and every table are searched for the
 * planted values. The full list of probes is in ChatRequestThirteenthHuntProbesTest.
 */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
@WithTestResource(WireUpstreamResource.class)
class ProxyThirteenthHuntProbesTest {
  private static final String SURNAME = "Drovaskin";
  private static final String GIVEN = "Ysmaray";
  private static final String PHONE = "5095550147";
  private static final String MRN = "61830957";
  private static final String DOB = "19481127";
  private static final String[] PLANTED = {SURNAME, GIVEN, PHONE, MRN, DOB};

  @AfterAll
  static void nothing_planted_reached_the_log_or_the_database() throws Exception {
    Hygiene.assertNoPlantedValueLeaked(
        SURNAME, SURNAME.toUpperCase(Locale.ROOT), GIVEN, PHONE, "509-555-0147", MRN, DOB);
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

  @Test
  void subtitles_and_a_note_in_capitals_are_masked() {
    var agent = ProxyCalls.fakeAgent();
    var first =
        user("PV1|1|O|CLINIC^^^HOSP||||1234^DOE^JOHN\rNTE|1||PT DROVASKIN CALLED RE REFILL");
    post(agent, body(agent, "notes", null, first));
    assertUnreadable(agent, SURNAME);
    post(
        agent,
        body(
            agent,
            "notes",
            null,
            first,
            toolCall("c1"),
            toolResult(
                "c1",
                "1\n00:00:01,000 --> 00:00:03,000\nDROVASKIN: my number is 509 555 0147\n\n2\n"
                    + "00:00:03,500 --> 00:00:05,000\nAGENT: thank you")));
    assertUnreadable(agent, SURNAME, PHONE);
  }

  @Test
  void an_edifact_message_a_mime_header_and_a_uuencoded_note_are_masked() {
    var agent = ProxyCalls.fakeAgent();
    post(
        agent,
        body(
            agent,
            "formats",
            null,
            user("pull my records"),
            toolCall("c1"),
            toolResult(
                "c1",
                "UNH+1+MEDPID:D:97A:UN'NAD+PAT+++DROVASKIN:YSMARAY+2287 TALLOWCREST DRIVE"
                    + "+WENATCHEE++98801'DTM+329:19481127:102'COM+5095550147:TE'UNT+5+1'"),
            toolCall("c2"),
            toolResult("c2", "Subject: =?UTF-8?Q?Refill_for_Ysmaray_Drovaskin?="),
            toolCall("c3"),
            toolResult(
                "c3",
                "begin 644 note.txt\n?1')O=F%S:VEN+\"!9<VUA<F%Y($U23B V,3@S,#DU-P  \n`\nend")));
    assertUnreadable(agent, SURNAME, GIVEN, PHONE, DOB, "tallowcrest", "98801");
    var encoded = ProxyOutsideProbesTest.readByModel(agent);
    assertThat(encoded).doesNotContain("?1')O=F%S:VEN");
  }

  @Test
  void a_surname_before_an_unlisted_given_name_and_a_record_label_is_masked() {
    var agent = ProxyCalls.fakeAgent();
    post(
        agent,
        body(
            agent,
            "footnote",
            null,
            user("refill approved[^dr]\n\n[^dr]: Drovaskin, Ysmaray, DOB 11/27/1948")));
    assertUnreadable(agent, SURNAME, GIVEN);
  }

  @Test
  void refusals_failures_headers_and_metrics_quote_nothing_planted() {
    var agent = ProxyCalls.fakeAgent();
    var turn = "my name is Ysmaray Drovaskin, phone 509-555-0147, MRN 61830957";

    // a model named after the caller
    var model =
        ProxyCalls.post(
            agent.id(), "{\"model\":\"drovaskin-5095550147\",\"messages\":[" + user(turn) + "]}");
    assertThat(model.statusCode()).isEqualTo(422);
    assertNothingPlantedIn("the model error", model.body());

    // a field of the wrong type holding the values, and an unknown field
    var wrongType =
        ProxyCalls.post(
            agent.id(),
            body(agent, "exits", "\"temperature\":\"Ysmaray Drovaskin 5095550147\"", user(turn)));
    assertThat(wrongType.statusCode()).isBetween(400, 499);
    assertNothingPlantedIn("the type error", wrongType.body());
    var unknown =
        ProxyCalls.post(
            agent.id(),
            body(
                agent,
                "exits",
                "\"x_patient\":{\"name\":\"Ysmaray Drovaskin\",\"mrn\":\"61830957\"}",
                user(turn)));
    assertNothingPlantedIn("the unknown field's answer", unknown.body());

    // a body over the limit
    var large =
        ProxyCalls.post(
            agent.id(), ProxyCalls.request(agent.model(), turn + " " + "x".repeat(2_200_000)));
    assertThat(large.statusCode()).isEqualTo(413);
    assertNothingPlantedIn("the size error", large.body());

    // an upstream that answers 400 quoting the turn it received
    fake()
        .on(
            agent.model(),
            exchange ->
                Behaviours.status(
                        400,
                        "invalid_request_error",
                        "cannot parse: " + Behaviours.lastUserText(exchange.request().json()))
                    .answer(exchange));
    var quoted = ProxyCalls.post(agent.id(), ProxyCalls.request(agent.model(), turn));
    assertThat(quoted.statusCode()).isBetween(400, 599);
    assertUnreadable(agent, SURNAME, GIVEN, PHONE, MRN);

    // values in the session header, user and metadata
    fake().on(agent.model(), Behaviours.echo());
    var headers =
        ProxyCalls.post(
            agent.id(),
            body(
                agent,
                "exits",
                "\"user\":\"ysmaray.drovaskin\",\"metadata\":{\"patient\":\"Ysmaray Drovaskin\","
                    + "\"mrn\":\"61830957\"}",
                user(turn)),
            "Masker-Session-Id",
            "call-drovaskin-5095550147",
            "X-Request-Id",
            "drovaskin-61830957");
    assertThat(headers.statusCode()).as(headers.body()).isEqualTo(200);
    assertUnreadable(agent, SURNAME, GIVEN, PHONE, MRN);
    assertThat(headers.headers().allValues("X-Request-Id"))
        .noneMatch(id -> id.toLowerCase(Locale.ROOT).contains("drovaskin"));

    assertNothingPlantedIn("the metrics", Scrape.metrics());
  }
}
