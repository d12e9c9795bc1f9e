package dev.masker.server.proxy;

import static dev.masker.server.proxy.ProxyUpstreamFailureTest.assertError;
import static dev.masker.server.proxy.WireUpstreamResource.fake;
import static org.assertj.core.api.Assertions.assertThat;

import dev.masker.adapters.persistence.TestDatabase;
import dev.masker.application.leak.LeakOracle;
import dev.masker.application.leak.Planted;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * One named test per way PHI reached the upstream before (issue "leak-proof proxy"): recurring
 * values, unmasked fields and shapes, characters that hid a value from detection, validators that
 * vetoed a value named by its cue, JSON that meant one thing to Masker and another upstream.
 */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
@WithTestResource(WireUpstreamResource.class)
class ProxyLeakRegressionTest {

  @AfterAll
  static void nothing_planted_reached_the_log_or_the_database() throws Exception {
    Hygiene.assertNoPlantedValueLeaked();
  }

  /** Sends {@code body} (JSON) as one call's turn and returns what the upstream received. */
  private static WireUpstream.Received sent(ProxyCalls.Agent agent, String body) {
    var response = ProxyCalls.post(agent.id(), body);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    var received = fake().received(agent.model());
    return received.get(received.size() - 1);
  }

  private static String body(ProxyCalls.Agent agent, String call, String messages) {
    return "{\"model\":\""
        + agent.model()
        + "\",\"call\":{\"id\":\""
        + call
        + "\"},\"messages\":"
        + messages
        + "}";
  }

  private static void assertNone(WireUpstream.Received received, String... values) {
    for (var value : values) {
      assertThat(received.contains(value)).as("%s went upstream in clear", value).isFalse();
    }
  }

  @Test
  void
      a_name_said_once_is_masked_where_it_recurs_in_the_request_the_system_prompt_and_later_turns() {
    var agent = ProxyCalls.fakeAgent();
    var first =
        sent(
            agent,
            body(
                agent,
                "recur-1",
                "[{\"role\":\"system\",\"content\":\"Greet Maria Gonzalez by name.\"},"
                    + "{\"role\":\"user\",\"content\":\"Maria Gonzalez needs a refill\"},"
                    + "{\"role\":\"user\",\"content\":\"Hi, this is Maria Gonzalez\"}]"));
    var later =
        sent(
            agent,
            body(
                agent,
                "recur-1",
                "[{\"role\":\"user\",\"content\":\"Gonzalez again, about Maria\"}]"));

    assertNone(first, "Maria", "Gonzalez");
    assertNone(later, "Maria", "Gonzalez");
  }

  @Test
  void the_message_name_field_is_masked() {
    var agent = ProxyCalls.fakeAgent();

    var received =
        sent(
            agent,
            body(
                agent,
                "name-1",
                "[{\"role\":\"user\",\"name\":\"Evelyn Okafor\",\"content\":\"Can I book a visit?\"}]"));

    assertNone(received, "Evelyn", "Okafor");
  }

  @Test
  void content_as_an_object_and_parts_that_cannot_be_masked_are_refused_with_their_path() {
    var agent = ProxyCalls.fakeAgent();
    var cases =
        List.of(
            List.of(
                "{\"role\":\"user\",\"content\":{\"text\":\"Maria Gonzalez\"}}",
                "messages[0].content"),
            List.of(
                "{\"role\":\"user\",\"content\":[{\"type\":\"image_url\",\"image_url\":"
                    + "{\"url\":\"https://x.example/maria-gonzalez.png\"}}]}",
                "messages[0].content[0]"),
            List.of(
                "{\"role\":\"user\",\"content\":[{\"type\":\"file\",\"file\":"
                    + "{\"filename\":\"maria-gonzalez.pdf\",\"file_data\":\"AAAA\"}}]}",
                "messages[0].content[0]"),
            List.of(
                "{\"role\":\"user\",\"content\":[{\"type\":\"input_audio\",\"input_audio\":"
                    + "{\"data\":\"AAAA\",\"format\":\"wav\"}}]}",
                "messages[0].content[0]"));
    int before = fake().received(agent.model()).size();

    for (var shape : cases) {
      var response = ProxyCalls.post(agent.id(), body(agent, "shape-1", "[" + shape.get(0) + "]"));
      var error = assertError(response, 422, "unsupported_content");
      assertThat(error.path("param").asText()).isEqualTo(shape.get(1));
      assertThat(response.body()).doesNotContain("Gonzalez");
    }
    assertThat(fake().received(agent.model())).hasSize(before);
  }

  @Test
  void json_tool_results_whose_keys_name_the_values_are_masked() {
    var agent = ProxyCalls.fakeAgent();
    var result =
        "{\\\"patient\\\":{\\\"name\\\":[{\\\"given\\\":[\\\"Evelyn\\\"],\\\"family\\\":\\\"Okafor\\\"}],"
            + "\\\"address\\\":{\\\"city\\\":\\\"Fresno\\\",\\\"postalCode\\\":\\\"93711\\\"}}}";

    var received =
        sent(
            agent,
            body(
                agent,
                "fhir-1",
                "[{\"role\":\"user\",\"content\":\"Look me up.\"},"
                    + "{\"role\":\"assistant\",\"tool_calls\":[{\"id\":\"c1\",\"type\":\"function\","
                    + "\"function\":{\"name\":\"lookup\",\"arguments\":\"{}\"}}]},"
                    + "{\"role\":\"tool\",\"tool_call_id\":\"c1\",\"content\":\""
                    + result
                    + "\"}]"));

    assertNone(received, "Evelyn", "Okafor", "Fresno", "93711");
  }

  @Test
  void separators_invisible_characters_and_other_digit_scripts_do_not_hide_a_phone_number() {
    var agent = ProxyCalls.fakeAgent();
    var forms =
        List.of(
            "415\u00a0555\u00a02671",
            "415\u2009555\u20092671",
            "415\u200b555\u200b2671",
            "415\\n555\\n2671",
            "415\u2013555\u20132671",
            "\uff14\uff11\uff15 \uff15\uff15\uff15 \uff12\uff16\uff17\uff11",
            "\u0664\u0661\u0665 \u0665\u0665\u0665 \u0662\u0666\u0667\u0661",
            "\u096a\u0967\u096b \u096b\u096b\u096b \u0968\u096c\u096d\u0967");
    int call = 0;
    for (var form : forms) {
      var received =
          sent(
              agent,
              body(
                  agent,
                  "digits-" + call++,
                  "[{\"role\":\"user\",\"content\":\"call me at " + form + " please\"}]"));
      var text = received.bodyText();
      assertThat(text).as(form).contains("MSKV1.PHONE.");
      assertThat(LeakOracle.leak(new Planted(Planted.Kind.PHONE, "415 555 2671"), text))
          .as(form)
          .isEmpty();
    }
  }

  @Test
  void a_full_width_at_sign_does_not_hide_an_email() {
    var agent = ProxyCalls.fakeAgent();

    var received =
        sent(
            agent,
            body(
                agent,
                "email-1",
                "[{\"role\":\"user\",\"content\":\"write to maria.gonzalez\uff20example\uff0ecom\"}]"));

    assertNone(received, "gonzalez", "example");
  }

  @Test
  void a_number_named_by_its_cue_is_masked_even_when_a_validator_would_refuse_it() {
    var agent = ProxyCalls.fakeAgent();

    var received =
        sent(
            agent,
            body(
                agent,
                "ssn-1",
                "[{\"role\":\"user\",\"content\":\"my ssn is 912-34-5678 and my social security"
                    + " number is 666-12-3456\"}]"));

    assertNone(received, "912-34-5678", "666-12-3456");
  }

  @Test
  void duplicate_keys_are_refused_so_masker_and_the_upstream_cannot_read_different_texts() {
    var agent = ProxyCalls.fakeAgent();
    int before = fake().received(agent.model()).size();

    var response =
        ProxyCalls.post(
            agent.id(),
            "{\"model\":\""
                + agent.model()
                + "\",\"messages\":[{\"role\":\"user\","
                + "\"content\":\"hello\",\"content\":\"this is Maria Gonzalez\"}]}");

    assertError(response, 422, "validation_failed");
    assertThat(response.body()).doesNotContain("Gonzalez");
    assertThat(fake().received(agent.model())).hasSize(before);
  }
}
