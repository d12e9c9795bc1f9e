package dev.masker.application.port.in;

import dev.masker.application.page.Page;
import dev.masker.domain.session.RecordedEvent;
import dev.masker.domain.session.RecordedSession;
import dev.masker.domain.session.RecordedTurn;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

public interface GetSessionUseCase {
  /** How many of a session's events its detail shows; the rest are paged by the events list. */
  int FIRST_EVENTS = 100;

  /**
   * The caller's session of that id; empty when the id is malformed, unknown or another account's.
   */
  Optional<Detail> get(Caller caller, String sessionId);

  /**
   * A session with its turns in order and the first page of its events ({@link #FIRST_EVENTS},
   * oldest first, continued by {@link ListSessionEventsUseCase}).
   */
  record Detail(RecordedSession session, List<RecordedTurn> turns, Page<RecordedEvent> events) {
    public Detail {
      Objects.requireNonNull(session, "session");
      Objects.requireNonNull(events, "events");
      turns = List.copyOf(turns);
    }
  }
}
