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
 * turned its proxy key on.
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
    @JsonInclude(JsonInclude.Include.NON_NULL) String proxyKey) {
  /** The proxy key is never part of the text of an answer. */
  @Override
  public String toString() {
    return "AgentDetail[" + id + "]";
  }
}
