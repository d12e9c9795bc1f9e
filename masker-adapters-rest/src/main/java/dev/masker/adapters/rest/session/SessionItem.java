package dev.masker.adapters.rest.session;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.Map;

/**
 * A session in a page of {@code GET /sessions}: the fields of SPEC §5. {@code external_id} is the
 * keyed hash of the platform's call id, never the id itself.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record SessionItem(
    String id,
    String agentId,
    String agentName,
    String externalId,
    String startedAt,
    String endedAt,
    long durationMs,
    String status,
    int turnCount,
    int redactionCount,
    Map<String, Long> redactionsByKind,
    String upstreamModel,
    String policyName,
    int policyVersion,
    StageDurationsBody stageDurationsMs) {}
