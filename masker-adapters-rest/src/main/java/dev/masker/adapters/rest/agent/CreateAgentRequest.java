package dev.masker.adapters.rest.agent;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * The body of {@code POST /api/v1/agents}; every field but {@code name} and {@code upstream} may be
 * left out.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record CreateAgentRequest(
    String name,
    String upstream,
    String tokenization,
    String policyName,
    String policyYaml,
    Boolean requireProxyKey,
    JsonNode vapiAssistant) {}
