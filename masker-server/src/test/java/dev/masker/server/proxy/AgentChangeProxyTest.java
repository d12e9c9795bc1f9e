package dev.masker.server.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masker.adapters.persistence.TestDatabase;
import dev.masker.domain.masking.policy.Policy;
import dev.masker.server.api.Tenant;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A change made with {@code PATCH /api/v1/agents/{id}} reaches the proxy at the next turn, and the
 * tokens a call was given before the change still come back as their values after it.
 */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
@WithTestResource(WireUpstreamResource.class)
class AgentChangeProxyTest {
  private static final Pattern PHONE_TOKEN =
      Pattern.compile("MSKV1\\.PHONE\\.[A-Z0-9_]+\\.[A-Z2-7]+");

  private static final String EMAIL_RULE =
      "EMAIL: {enabled: true, regex: true, lexicon: true, ner: true, confidence_threshold: 0.5,"
          + " action: tokenize}";

  private static void patch(Tenant tenant, String id, Map<String, Object> body) {
    tenant
        .asAdmin()
        .contentType(ContentType.JSON)
        .body(body)
        .patch("/api/v1/agents/" + id)
        .then()
        .statusCode(200);
  }

  private static String call(ProxyCalls.Agent agent, String session, String text) {
    var response =
        ProxyCalls.post(
            agent.id(),
            ProxyCalls.request(agent.model(), text).toString(),
            "Masker-Session-Id",
            session);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return ProxyCalls.parse(response.body())
        .path("choices")
        .path(0)
        .path("message")
        .path("content")
        .asText();
  }

  private static String lastReceived(ProxyCalls.Agent agent) {
    var received = WireUpstreamResource.fake().received(agent.model());
    return received.get(received.size() - 1).bodyText();
  }

  @Test
  void the_next_turn_after_a_policy_change_runs_under_the_new_policy() {
    var tenant = Tenant.open();
    var agent = ProxyCalls.agent(tenant, "fake", "vault-deterministic", false);
    call(agent, "call-1", "Write to jane.roe@example.com please.");
    assertThat(lastReceived(agent)).doesNotContain("jane.roe@example.com").contains("MSKV1.EMAIL");

    var redactingEmail =
        Policy.healthcareDefault()
            .yaml()
            .replace("name: healthcare-default", "name: redact-email")
            .replace(EMAIL_RULE, EMAIL_RULE.replace("action: tokenize", "action: redact"));
    patch(tenant, agent.id(), Map.of("policy_yaml", redactingEmail));
    call(agent, "call-2", "Write to jane.roe@example.com please.");

    assertThat(lastReceived(agent))
        .doesNotContain("jane.roe@example.com")
        .doesNotContain("MSKV1.EMAIL")
        .contains("[REDACTED:EMAIL]");
  }

  @Test
  void tokens_given_before_a_tokenization_and_policy_change_still_come_back_after_it() {
    var tenant = Tenant.open();
    var agent = ProxyCalls.agent(tenant, "fake", "vault-deterministic", false);
    call(agent, "call-1", "Call me at 415 555 2671.");
    var matcher = PHONE_TOKEN.matcher(lastReceived(agent));
    assertThat(matcher.find()).isTrue();
    var token = matcher.group();

    patch(
        tenant,
        agent.id(),
        Map.of(
            "tokenization",
            "reversible-aead",
            "policy_yaml",
            Policy.healthcareDefault().yaml().replace("name: healthcare-default", "name: clinic")));
    WireUpstreamResource.fake()
        .on(agent.model(), Behaviours.answer(request -> "I will call " + token + " tonight."));
    var answer = call(agent, "call-1", "When will you call?");

    assertThat(answer).isEqualTo("I will call 415 555 2671 tonight.");
  }

  @Test
  void a_deleted_agent_is_gone_from_the_proxy_at_once() {
    var tenant = Tenant.open();
    var agent = ProxyCalls.agent(tenant, "fake", "vault-deterministic", false);
    call(agent, "call-1", "Hello.");

    tenant.asAdmin().delete("/api/v1/agents/" + agent.id()).then().statusCode(204);
    var response =
        ProxyCalls.post(agent.id(), ProxyCalls.request(agent.model(), "Hello.").toString());

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(ProxyCalls.parse(response.body()).path("error").path("code").asText())
        .isEqualTo("agent_not_found");
  }
}
