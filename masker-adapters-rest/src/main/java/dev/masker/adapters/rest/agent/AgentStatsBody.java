package dev.masker.adapters.rest.agent;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * {@code stats} of {@code GET /agents/{id}}: sessions started in the last 24 hours and 7 days,
 * values redacted by the turns of the last 24 hours, and the median and 95th percentile of the
 * latency Masker added to those turns in milliseconds (one decimal), null without turns.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record AgentStatsBody(
    @JsonProperty("session_count_24h") long sessionCount24h,
    @JsonProperty("session_count_7d") long sessionCount7d,
    @JsonProperty("redaction_count_24h") long redactionCount24h,
    @JsonProperty("p50_latency_ms") Double p50LatencyMs,
    @JsonProperty("p95_latency_ms") Double p95LatencyMs) {}
