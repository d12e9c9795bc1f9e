package dev.masker.application.port.in;

import dev.masker.application.page.Page;
import dev.masker.application.page.PageRequest;
import dev.masker.domain.session.RecordedSession;

/** The caller's account's calls, newest first (start time, then id), filtered. */
public interface ListSessionsUseCase {
  /** The name of this list in its cursors. */
  String LIST = "sessions";

  /**
   * What the cursors of this list are bound to: the caller's account and the filter, the external
   * id only by its keyed hash. A cursor of another account or filter is refused.
   */
  String cursorKey(Caller caller, SessionFilter filter);

  Page<RecordedSession> list(Caller caller, SessionFilter filter, PageRequest page);
}
