package dev.masker.adapters.rest.agent;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** An agent in a page of {@code GET /agents}: its fields and its sessions of the last 24 hours. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record AgentListItem(
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
    @JsonProperty("session_count_24h") long sessionCount24h) {}
