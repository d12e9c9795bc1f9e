package dev.masker.adapters.rest.session;

import dev.masker.adapters.rest.json.ApiValues;
import dev.masker.domain.session.RecordedEvent;
import dev.masker.domain.session.RecordedSession;
import dev.masker.domain.session.RecordedTurn;
import dev.masker.domain.session.SessionStatus;
import dev.masker.domain.session.StageDurations;
import dev.masker.domain.session.TurnOutcome;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingConstants;
import org.mapstruct.Named;

/** How sessions, turns and events read in JSON (MapStruct writes the copying). */
@Mapper(componentModel = MappingConstants.ComponentModel.JAKARTA_CDI, uses = ApiValues.class)
public abstract class SessionBodies {
  /** The fields every answer about a session has, read from the parameter {@code session}. */
  @Retention(RetentionPolicy.CLASS)
  @Mapping(target = "id", source = "session.id.value")
  @Mapping(target = "agentId", source = "session.agentId.value")
  @Mapping(target = "agentName", source = "session.agentName")
  @Mapping(target = "externalId", source = "session.externalId")
  @Mapping(target = "startedAt", source = "session.startedAt")
  @Mapping(target = "endedAt", source = "session.endedAt")
  @Mapping(target = "durationMs", source = "session", qualifiedByName = "sessionMillis")
  @Mapping(target = "status", source = "session.status")
  @Mapping(target = "turnCount", source = "session.turnCount")
  @Mapping(target = "redactionCount", source = "session.redactionCount")
  @Mapping(target = "redactionsByKind", source = "session.redactionsByKind")
  @Mapping(target = "upstreamModel", source = "session.upstreamModel")
  @Mapping(target = "policyName", source = "session.policyName")
  @Mapping(target = "policyVersion", source = "session.policyVersion")
  @Mapping(target = "stageDurationsMs", source = "session.durations")
  @interface SessionFields {}

  /** The session in a page of a session list. */
  @SessionFields
  public abstract SessionItem item(RecordedSession session);

  /** The session as {@code GET /sessions/{id}} shows it; payloads null when none were kept. */
  @SessionFields
  @Mapping(target = "turns", source = "turns")
  @Mapping(target = "events", source = "events")
  @Mapping(target = "eventsNextCursor", source = "eventsNextCursor")
  @Mapping(target = "payloads", source = "payloads")
  public abstract SessionDetail detail(
      RecordedSession session,
      List<RecordedTurn> turns,
      List<RecordedEvent> events,
      String eventsNextCursor,
      List<PayloadBody> payloads);

  @Mapping(target = "turn", source = "number")
  @Mapping(target = "durationMs", source = "turn", qualifiedByName = "turnMillis")
  @Mapping(target = "stageDurationsMs", source = "durations")
  public abstract TurnBody turn(RecordedTurn turn);

  @Mapping(target = "eventId", source = "id")
  @Mapping(target = "sessionId", source = "sessionId.value")
  @Mapping(target = "span", source = "event", qualifiedByName = "span")
  public abstract EventBody event(RecordedEvent event);

  public abstract List<EventBody> events(List<RecordedEvent> events);

  @Named("sessionMillis")
  long sessionMillis(RecordedSession session) {
    return session.duration().toMillis();
  }

  @Named("turnMillis")
  long turnMillis(RecordedTurn turn) {
    return java.time.Duration.between(turn.startedAt(), turn.endedAt()).toMillis();
  }

  @Named("span")
  List<Integer> span(RecordedEvent event) {
    return event.spanStart() == null ? null : List.of(event.spanStart(), event.spanEnd());
  }

  StageDurationsBody stageDurations(StageDurations durations) {
    return new StageDurationsBody(
        millis(durations.detection()),
        millis(durations.tokenize()),
        millis(durations.upstream()),
        millis(durations.rehydrate()));
  }

  String status(SessionStatus status) {
    return status.wireName();
  }

  String outcome(TurnOutcome outcome) {
    return outcome.name().toLowerCase(Locale.ROOT);
  }

  String orNull(Optional<String> value) {
    return value.orElse(null);
  }

  /** Nanoseconds as milliseconds, to the microsecond. */
  private static double millis(long nanos) {
    return Math.round(nanos / 1_000.0) / 1_000.0;
  }
}
