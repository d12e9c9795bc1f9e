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
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * A fourteenth outside leak hunt end to end (ADR 36), through the real server and the recording
 * fake upstream. The first groups reached the upstream before their fix in the domain probes: a
 * phone and an MRN said a digit a message with the agent's back-channel between, the whole history
 * resent turn after turn; an MRN as a bare number in a tool result's array and as an object's key,
 * with a compact record's {@code fn} beside {@code ln}; and a {@code logit_bias} key that is the
 * phone's last seven. The last plays bodies a parser must refuse (the same key twice, invalid
 * UTF-8, a lone surrogate) and a field nested where none belongs, each holding the planted values:
 * the error bodies, the metrics, the log and every table are searched for them. The full list of
 * probes is in ChatRequestFourteenthHuntProbesTest.
 */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
@WithTestResource(WireUpstreamResource.class)
class ProxyFourteenthHuntProbesTest {
  private static final String SURNAME = "Kolvathorne";
  private static final String GIVEN = "Brenzia";
  private static final String PHONE = "5415550186";
  private static final String MRN = "72049516";
  private static final String DOB = "19510223";
  private static final String[] PLANTED = {SURNAME, GIVEN, PHONE, MRN, DOB};

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  @AfterAll
  static void nothing_planted_reached_the_log_or_the_database() throws Exception {
    Hygiene.assertNoPlantedValueLeaked(
        SURNAME, SURNAME.toUpperCase(Locale.ROOT), GIVEN, PHONE, "541-555-0186", MRN, DOB);
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

  /** The call resent whole after each new message, as voice platforms do. */
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
  void a_phone_and_an_mrn_said_a_digit_a_message_are_masked() {
    var agent = ProxyCalls.fakeAgent();
    var messages = new ArrayList<String>();
    messages.add(user("my number is"));
    for (var digit : PHONE.split("")) {
      messages.add(user(digit));
      messages.add(assistant("mm-hm"));
    }
    messages.add(user("and my MRN is"));
    for (var digit : MRN.split("")) {
      messages.add(user(digit));
    }
    turnByTurn(agent, "pieces", messages);
    assertUnreadable(agent, PHONE, MRN);
  }

  @Test
  void codes_alone_in_a_tool_results_cells_and_short_name_keys_are_masked() {
    var agent = ProxyCalls.fakeAgent();
    post(
        agent,
        body(
            agent,
            "cells",
            null,
            user("pull my record"),
            toolCall("c1"),
            toolResult("c1", "[true,null,72049516,false]"),
            toolCall("c2"),
            toolResult("c2", "{\"72049516\":null,\"flags\":[]}"),
            toolCall("c3"),
            toolResult(
                "c3", "[{\"fn\":\"Brenzia\",\"ln\":\"Kolvathorne\",\"d\":\"1951-02-23\"}]")));
    assertUnreadable(agent, MRN, GIVEN, SURNAME, DOB);
  }

  @Test
  void a_logit_bias_key_that_is_the_phones_last_seven_is_refused_and_quoted_nowhere() {
    var agent = ProxyCalls.fakeAgent();
    int before = fake().received(agent.model()).size();
    var refused =
        ProxyCalls.post(
            agent.id(),
            body(
                agent,
                "bias",
                "\"logit_bias\":{\"5550186\":-100}",
                user("my name is Brenzia Kolvathorne, phone 541 555 0186")));
    assertThat(refused.statusCode()).isEqualTo(422);
    assertThat(refused.body()).doesNotContain("5550186");
    assertNothingPlantedIn("the logit_bias error", refused.body());
    assertThat(fake().received(agent.model())).hasSize(before);
  }

  private static HttpResponse<String> postBytes(String agentId, byte[] body) {
    var request =
        HttpRequest.newBuilder(
                URI.create(ProxyCalls.server() + "/proxy/" + agentId + "/v1/chat/completions"))
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build();
    try {
      return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Test
  void bodies_a_parser_refuses_quote_nothing_planted() throws Exception {
    var agent = ProxyCalls.fakeAgent();
    int before = fake().received(agent.model()).size();
    var turn = "my name is Brenzia Kolvathorne, phone 541-555-0186, MRN 72049516";

    // the same key twice: which one would the upstream read?
    var twice =
        ProxyCalls.post(
            agent.id(),
            "{\"model\":\""
                + agent.model()
                + "\",\"messages\":["
                + user("hello")
                + "],\"messages\":["
                + user(turn)
                + "]}");
    assertThat(twice.statusCode()).isEqualTo(422);
    assertNothingPlantedIn("the duplicate-key error", twice.body());

    // invalid UTF-8 in the middle of the surname
    var bytes = new ByteArrayOutputStream();
    bytes.write(
        ("{\"model\":\""
                + agent.model()
                + "\",\"messages\":[{\"role\":\"user\",\"content\":"
                + "\"my name is Brenzia Kolva")
            .getBytes(StandardCharsets.UTF_8));
    bytes.write(new byte[] {(byte) 0xC3, (byte) 0x28});
    bytes.write("thorne, MRN 72049516\"}]}".getBytes(StandardCharsets.UTF_8));
    var invalid = postBytes(agent.id(), bytes.toByteArray());
    assertThat(invalid.statusCode()).isBetween(400, 499);
    assertNothingPlantedIn("the invalid UTF-8 error", invalid.body());

    // a lone surrogate escaped in a string
    var lone =
        ProxyCalls.post(
            agent.id(),
            "{\"model\":\""
                + agent.model()
                + "\",\"messages\":[{\"role\":\"user\",\"content\":\"Brenzia \\uD835Kolvathorne"
                + " 5415550186\"}]}");
    assertThat(lone.statusCode()).isEqualTo(422);
    assertNothingPlantedIn("the lone surrogate error", lone.body());

    // a field nested where none belongs, and an unknown key in a text part
    var nested =
        ProxyCalls.post(
            agent.id(),
            "{\"model\":\""
                + agent.model()
                + "\",\"messages\":[{\"role\":\"user\",\"content\":[{\"type\":\"text\",\"text\":"
                + "\"hi\",\"Kolvathorne_72049516\":\"5415550186\"}]}]}");
    assertThat(nested.statusCode()).isEqualTo(422);
    assertNothingPlantedIn("the nested field error", nested.body());

    assertThat(fake().received(agent.model())).hasSize(before);
    assertNothingPlantedIn("the metrics", Scrape.metrics());
  }
}
