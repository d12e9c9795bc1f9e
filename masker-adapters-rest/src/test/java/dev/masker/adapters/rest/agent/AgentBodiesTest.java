package dev.masker.adapters.rest.agent;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.masker.adapters.rest.request.PublicUrl;
import dev.masker.application.port.in.GetAgentStatsUseCase;
import dev.masker.domain.account.AccountId;
import dev.masker.domain.agent.Agent;
import dev.masker.domain.agent.AgentId;
import dev.masker.domain.agent.AgentName;
import dev.masker.domain.agent.AgentSettings;
import dev.masker.domain.agent.PolicyVersion;
import dev.masker.domain.agent.Upstream;
import dev.masker.domain.common.Secret;
import dev.masker.domain.masking.policy.PolicyRef;
import dev.masker.domain.masking.policy.Tokenization;
import java.time.Instant;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** What the API says about an agent, field by field, in order. */
class AgentBodiesTest {
  private static final String ID = "agt_01HZX3V8G2M7Q4T6Y9B1C5D8EF";
  private static final String BASE = "https://masker.example.com/proxy/" + ID + "/v1";
  private static final ObjectMapper JSON = new ObjectMapper();

  private static final GetAgentStatsUseCase.Stats STATS =
      new GetAgentStatsUseCase.Stats(3, 11, 42, OptionalDouble.of(1.26), OptionalDouble.of(8.0));

  private final AgentBodies bodies = bodies();

  private static AgentBodies bodies() {
    var bodies = new AgentBodiesImpl();
    bodies.publicUrl = new PublicUrl("https://masker.example.com/");
    bodies.json = JSON;
    return bodies;
  }

  private static Agent.Snapshot agent(AgentSettings settings, String proxyKeyDigest) {
    return new Agent.Snapshot(
        new AgentId(ID),
        new AccountId("acc_01HZX3V8G2M7Q4T6Y9B1C5D8EG"),
        settings,
        proxyKeyDigest,
        Instant.parse("2026-05-03T21:14:32.481Z"),
        Instant.parse("2026-05-03T21:15:00Z"));
  }

  private static String json(Object body) throws Exception {
    return JSON.writeValueAsString(body);
  }

  private static final String COMMON =
      "\"id\":\""
          + ID
          + "\",\"name\":\"Front desk\",\"upstream\":\"openai:gpt-4o-mini\","
          + "\"tokenization\":\"reversible-aead\",\"policy_name\":\"clinic\",\"policy_version\":2,"
          + "\"proxy_url\":\""
          + BASE
          + "/chat/completions\",\"proxy_base_url\":\""
          + BASE
          + "\",\"webhook_url\":\"https://masker.example.com/vapi/webhook/"
          + ID
          + "\",";

  private static AgentSettings custom() {
    return AgentSettings.of(new AgentName("Front desk"), Upstream.parse("openai:gpt-4o-mini"))
        .withTokenization(Tokenization.REVERSIBLE_AEAD)
        .withCustomPolicy(new PolicyRef("clinic", 2), "name: clinic\nversion: 2\n")
        .withVapiAssistant("{\"firstMessage\":\"Hello\",\"n\":1.5}");
  }

  @Test
  void the_whole_agent_has_its_policy_yaml_and_template_and_no_proxy_key() throws Exception {
    assertThat(json(bodies.detail(agent(custom(), "digest"), STATS)))
        .isEqualTo(
            "{"
                + COMMON
                + "\"require_proxy_key\":true,\"created_at\":\"2026-05-03T21:14:32.481Z\","
                + "\"updated_at\":\"2026-05-03T21:15:00.000Z\","
                + "\"policy_yaml\":\"name: clinic\\nversion: 2\\n\","
                + "\"vapi_assistant\":{\"firstMessage\":\"Hello\",\"n\":1.5},"
                + "\"stats\":{\"session_count_24h\":3,\"session_count_7d\":11,"
                + "\"redaction_count_24h\":42,\"p50_latency_ms\":1.3,\"p95_latency_ms\":8.0}}");
  }

  @Test
  void an_agent_without_turns_shows_null_latencies() throws Exception {
    var idle =
        new GetAgentStatsUseCase.Stats(0, 0, 0, OptionalDouble.empty(), OptionalDouble.empty());

    assertThat(json(bodies.detail(agent(custom(), null), idle)))
        .endsWith(
            "\"stats\":{\"session_count_24h\":0,\"session_count_7d\":0,"
                + "\"redaction_count_24h\":0,\"p50_latency_ms\":null,\"p95_latency_ms\":null}}");
  }

  @Test
  void a_kept_policy_version_shows_its_yaml_or_the_built_in_one() throws Exception {
    var own =
        new PolicyVersion(
            new AgentId(ID), 2, "clinic", "name: clinic\n", Instant.parse("2026-05-03T21:15:00Z"));
    var builtIn =
        new PolicyVersion(
            new AgentId(ID), 1, "healthcare-default", null, Instant.parse("2026-05-03T21:14:00Z"));

    assertThat(json(bodies.version(own)))
        .isEqualTo(
            "{\"version\":2,\"policy_name\":\"clinic\",\"built_in\":false,"
                + "\"policy_yaml\":\"name: clinic\\n\",\"created_at\":\"2026-05-03T21:15:00.000Z\"}");
    assertThat(bodies.version(builtIn).policyYaml()).contains("name: healthcare-default");
    assertThat(bodies.version(builtIn).builtIn()).isTrue();
  }

  @Test
  void a_created_agent_carries_its_proxy_key() throws Exception {
    var body = bodies.created(agent(custom(), "digest"), new Secret("mpk_secret"));

    assertThat(json(body)).endsWith(",\"proxy_key\":\"mpk_secret\"}");
    assertThat(body.toString()).doesNotContain("mpk_secret");
    assertThat(json(bodies.created(agent(custom(), null), null)))
        .doesNotContain("\"proxy_key\"")
        .contains("\"require_proxy_key\":false");
  }

  @Test
  void a_list_item_has_the_common_fields_and_the_session_count() throws Exception {
    assertThat(json(bodies.item(agent(custom(), null), 7)))
        .isEqualTo(
            "{"
                + COMMON
                + "\"require_proxy_key\":false,\"created_at\":\"2026-05-03T21:14:32.481Z\","
                + "\"updated_at\":\"2026-05-03T21:15:00.000Z\",\"session_count_24h\":7}");
  }

  @Test
  void a_built_in_policy_shows_its_yaml_and_a_missing_template_is_null() throws Exception {
    var settings = AgentSettings.of(new AgentName("Front desk"), Upstream.parse("stub"));

    var body = bodies.detail(agent(settings, null), STATS);

    assertThat(body.policyYaml()).contains("name: healthcare-default");
    assertThat(json(body)).contains(",\"vapi_assistant\":null,\"stats\":{");
    assertThat(body.upstream()).isEqualTo("stub");
    assertThat(body.tokenization()).isEqualTo("vault-deterministic");
  }
}
