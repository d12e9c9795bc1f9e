package dev.masker.application.fake;

import dev.masker.application.page.Keyset;
import dev.masker.application.port.out.SessionRepository;
import dev.masker.domain.account.AccountId;
import dev.masker.domain.session.RecordedEvent;
import dev.masker.domain.session.RecordedSession;
import dev.masker.domain.session.RecordedTurn;
import dev.masker.domain.session.SessionId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Recorded sessions in memory, read as the PostgreSQL adapter reads them. */
public final class InMemorySessionRepository implements SessionRepository {
  private record Stored(
      AccountId account,
      RecordedSession session,
      List<RecordedTurn> turns,
      List<RecordedEvent> events) {}

  private static final Comparator<RecordedSession> NEWEST_FIRST =
      Comparator.comparing(RecordedSession::startedAt)
          .thenComparing(session -> session.id().value())
          .reversed();
  private static final Comparator<RecordedEvent> OLDEST_FIRST =
      Comparator.comparing(RecordedEvent::ts).thenComparing(RecordedEvent::id);

  private final Map<SessionId, Stored> rows = new ConcurrentHashMap<>();

  /** A session the turn log wrote, with its turns and events. */
  public void recorded(
      AccountId account,
      RecordedSession session,
      List<RecordedTurn> turns,
      List<RecordedEvent> events) {
    rows.put(session.id(), new Stored(account, session, List.copyOf(turns), List.copyOf(events)));
  }

  @Override
  public List<RecordedSession> list(
      AccountId account, Criteria criteria, Optional<Keyset> after, int limit) {
    return rows.values().stream()
        .filter(row -> row.account().equals(account))
        .map(Stored::session)
        .filter(s -> !s.startedAt().isBefore(criteria.since()))
        .filter(s -> criteria.status().map(s.status()::equals).orElse(true))
        .filter(s -> criteria.agent().map(s.agentId()::equals).orElse(true))
        .filter(s -> s.redactionCount() >= criteria.minRedactions())
        .filter(
            s ->
                criteria
                    .externalIdHash()
                    .map(h -> s.externalId().equals(Optional.of(h)))
                    .orElse(true))
        .filter(s -> after.map(k -> before(s, k)).orElse(true))
        .sorted(NEWEST_FIRST)
        .limit(limit)
        .toList();
  }

  private static boolean before(RecordedSession session, Keyset keyset) {
    int byTime = session.startedAt().compareTo(keyset.createdAt());
    return byTime < 0 || (byTime == 0 && session.id().value().compareTo(keyset.id()) < 0);
  }

  @Override
  public Optional<RecordedSession> find(AccountId account, SessionId id) {
    return stored(account, id).map(Stored::session);
  }

  @Override
  public List<RecordedTurn> turns(AccountId account, SessionId id) {
    return stored(account, id)
        .map(
            row ->
                row.turns().stream().sorted(Comparator.comparingInt(RecordedTurn::number)).toList())
        .orElse(List.of());
  }

  @Override
  public List<RecordedEvent> events(
      AccountId account, SessionId id, Optional<Keyset> after, int limit) {
    return stored(account, id).stream()
        .flatMap(row -> row.events().stream())
        .filter(event -> after.map(k -> afterKeyset(event, k)).orElse(true))
        .sorted(OLDEST_FIRST)
        .limit(limit)
        .toList();
  }

  private static boolean afterKeyset(RecordedEvent event, Keyset keyset) {
    int byTime = event.ts().compareTo(keyset.createdAt());
    return byTime > 0 || (byTime == 0 && event.id().compareTo(keyset.id()) > 0);
  }

  private Optional<Stored> stored(AccountId account, SessionId id) {
    return Optional.ofNullable(rows.get(id)).filter(row -> row.account().equals(account));
  }
}
