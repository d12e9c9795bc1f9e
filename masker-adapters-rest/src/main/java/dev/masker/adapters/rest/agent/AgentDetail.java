package dev.masker.adapters.rest.agent;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * The whole agent, as {@code GET}, {@code PATCH /agents/{id}} and {@code POST /agents} answer it,
 * with the URLs a voice platform is given. {@code policyYaml} is null for a built-in policy other
 * than healthcare-default, {@code vapiAssistant} null when none was given; {@code stats} is there
 * only in the answer of {@code GET}; {@code proxyKey} only in the answer that created the agent or
 * turned its proxy key on; {@code webhookSecret} (what the voice platform signs its webhook calls
 * with, SPEC §7) only in the answer that created the agent.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record AgentDetail(
    String id,
    String name,
    String upstream,
    String tokenization,
    String policyName,
    int policyVersion,
    String proxyUrl,
    String proxyBaseUrl,
    String webhookUrl,
    boolean requireProxyKey,
    String createdAt,
    String updatedAt,
    String policyYaml,
    JsonNode vapiAssistant,
    @JsonInclude(JsonInclude.Include.NON_NULL) AgentStatsBody stats,
    @JsonInclude(JsonInclude.Include.NON_NULL) String proxyKey,
    @JsonInclude(JsonInclude.Include.NON_NULL) String webhookSecret) {
  /** {@code answer} with the agent's webhook secret, shown once (not an accessor: MapStruct). */
  static AgentDetail showingWebhookSecret(AgentDetail answer, String secret) {
    return new AgentDetail(
        answer.id,
        answer.name,
        answer.upstream,
        answer.tokenization,
        answer.policyName,
        answer.policyVersion,
        answer.proxyUrl,
        answer.proxyBaseUrl,
        answer.webhookUrl,
        answer.requireProxyKey,
        answer.createdAt,
        answer.updatedAt,
        answer.policyYaml,
        answer.vapiAssistant,
        answer.stats,
        answer.proxyKey,
        secret);
  }

  /** The proxy key and the webhook secret are never part of the text of an answer. */
  @Override
  public String toString() {
    return "AgentDetail[" + id + "]";
  }
}
