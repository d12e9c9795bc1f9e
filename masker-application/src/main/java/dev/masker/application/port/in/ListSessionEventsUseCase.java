package dev.masker.application.port.in;

import dev.masker.application.page.Page;
import dev.masker.application.page.PageRequest;
import dev.masker.domain.session.RecordedEvent;
import java.util.Optional;

/**
 * All events of one call, oldest first (time of their turn, then id): a call reads in the order it
 * happened (docs/adr/0040-sessions-over-http.md).
 */
public interface ListSessionEventsUseCase {
  /** The name of this list in its cursors. */
  String LIST = "session_events";

  /** What the cursors of this list are bound to: the account and the session. */
  static String cursorKey(Caller caller, String sessionId) {
    return "account=" + caller.accountId().value() + "|session=" + sessionId;
  }

  /** The session's events; empty when the id is malformed, unknown or another account's. */
  Optional<Page<RecordedEvent>> list(Caller caller, String sessionId, PageRequest page);
}
