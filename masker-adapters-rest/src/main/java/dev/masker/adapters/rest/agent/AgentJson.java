package dev.masker.adapters.rest.agent;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.masker.adapters.rest.json.ApiTime;
import dev.masker.adapters.rest.request.PublicUrl;
import dev.masker.domain.agent.Agent;
import dev.masker.domain.masking.policy.BuiltInPolicies;
import dev.masker.domain.masking.policy.Policy;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** How an agent reads in JSON, with the URLs a voice platform is given. */
final class AgentJson {
  private AgentJson() {}

  /** The fields every representation of an agent has. */
  static Map<String, Object> of(Agent agent, PublicUrl publicUrl) {
    var proxyBase = publicUrl.base() + "/proxy/" + agent.id().value() + "/v1";
    var json = new LinkedHashMap<String, Object>();
    json.put("id", agent.id().value());
    json.put("name", agent.name().value());
    json.put("upstream", agent.upstream().toString());
    json.put("tokenization", agent.tokenization().wireName());
    json.put("policy_name", agent.policy().name());
    json.put("policy_version", agent.policy().version());
    json.put("proxy_url", proxyBase + "/chat/completions");
    json.put("proxy_base_url", proxyBase);
    json.put("webhook_url", publicUrl.base() + "/vapi/webhook/" + agent.id().value());
    json.put("require_proxy_key", agent.requiresProxyKey());
    json.put("created_at", ApiTime.format(agent.createdAt()));
    json.put("updated_at", ApiTime.format(agent.updatedAt()));
    return json;
  }

  /** The full agent, as {@code GET /agents/{id}} shows it, with the YAML of its policy. */
  static Map<String, Object> detailed(Agent agent, PublicUrl publicUrl, ObjectMapper mapper) {
    var json = of(agent, publicUrl);
    json.put("policy_yaml", agent.policyYaml().orElseGet(() -> builtInYaml(agent)));
    json.put("vapi_assistant", agent.vapiAssistant().map(text -> parse(text, mapper)).orElse(null));
    return json;
  }

  private static String builtInYaml(Agent agent) {
    return BuiltInPolicies.HEALTHCARE_DEFAULT.equals(agent.policy().name())
        ? Policy.healthcareDefault().yaml()
        : null;
  }

  private static JsonNode parse(String text, ObjectMapper mapper) {
    try {
      return mapper.readTree(text);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new UncheckedIOException("stored vapi_assistant is not JSON", e);
    }
  }
}
