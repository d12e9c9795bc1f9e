package dev.masker.application.port.in;

import dev.masker.application.page.Page;
import dev.masker.application.page.PageRequest;
import dev.masker.domain.session.RecordedSession;
import java.util.Optional;

/** One agent's calls: the session list with its agent fixed (SPEC §4). */
public interface ListAgentSessionsUseCase {
  /** The name of this list in its cursors. */
  String LIST = "agent_sessions";

  /** What the cursors of this list are bound to: the account, the agent and the filter. */
  String cursorKey(Caller caller, String agentId, SessionFilter filter);

  /**
   * The agent's sessions, newest first; empty when the id is malformed, unknown, of a deleted agent
   * or another account's.
   */
  Optional<Page<RecordedSession>> list(
      Caller caller, String agentId, SessionFilter filter, PageRequest page);
}
