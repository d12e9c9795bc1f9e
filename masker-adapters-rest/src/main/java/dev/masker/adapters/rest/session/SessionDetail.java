package dev.masker.adapters.rest.session;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;
import java.util.Map;

/**
 * A session as {@code GET /sessions/{id}} shows it: the list's fields, its turns, its first events
 * (oldest first) with the cursor that continues them at {@code /sessions/{id}/events}, and its
 * payloads turn by turn, opened for this read (null when its policy kept none).
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record SessionDetail(
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
    StageDurationsBody stageDurationsMs,
    List<TurnBody> turns,
    List<EventBody> events,
    String eventsNextCursor,
    List<PayloadBody> payloads) {
  @Override
  public String toString() {
    return "SessionDetail[" + id + "]";
  }
}
