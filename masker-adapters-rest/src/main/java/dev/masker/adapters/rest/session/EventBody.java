package dev.masker.adapters.rest.session;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/**
 * One event of a session (SPEC §5). A row stands for {@code count} values of one turn that read the
 * same; {@code span} and {@code confidence} are those of the first. Fields the kind does not have
 * are null. Never a value or a token body.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record EventBody(
    String eventId,
    String sessionId,
    String kind,
    String ts,
    Integer turn,
    Integer messageIndex,
    String field,
    String pass,
    String entityKind,
    List<Integer> span,
    Double confidence,
    String action,
    String tokenKind,
    String kid,
    String reason,
    int count) {}
