package dev.masker.adapters.rest.session;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * One turn (proxied request) of a session: how it ended ({@code ok}, {@code failed}, {@code
 * stream_broken}), the HTTP status the caller got, and where its time went.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record TurnBody(
    int turn,
    String startedAt,
    String endedAt,
    long durationMs,
    String outcome,
    int status,
    int redactionCount,
    StageDurationsBody stageDurationsMs,
    String modelPassSkipped) {}
