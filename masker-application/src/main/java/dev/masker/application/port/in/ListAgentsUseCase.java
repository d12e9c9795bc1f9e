package dev.masker.application.port.in;

import dev.masker.application.page.Page;
import dev.masker.application.page.PageRequest;
import dev.masker.domain.agent.Agent;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

public interface ListAgentsUseCase {
  /** The name of this list in its cursors. */
  String LIST = "agents";

  /** The window of {@link Item#sessionsLastDay}. */
  Duration RECENT = Duration.ofHours(24);

  Page<Item> list(Caller caller, Optional<String> nameContains, PageRequest page);

  /** An agent of the list, with the number of sessions it started in the last {@link #RECENT}. */
  record Item(Agent agent, long sessionsLastDay) {
    public Item {
      Objects.requireNonNull(agent, "agent");
      if (sessionsLastDay < 0) {
        throw new IllegalArgumentException("a session count is never negative");
      }
    }
  }
}
