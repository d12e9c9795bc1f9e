package dev.masker.application.port.in;

import dev.masker.application.page.Page;
import dev.masker.application.page.PageRequest;
import dev.masker.domain.agent.Agent;
import java.util.Optional;

public interface ListAgentsUseCase {
  /** The name of this list in its cursors. */
  String LIST = "agents";

  Page<Agent> list(Caller caller, Optional<String> nameContains, PageRequest page);
}
