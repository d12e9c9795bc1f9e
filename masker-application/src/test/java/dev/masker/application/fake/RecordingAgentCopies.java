package dev.masker.application.fake;

import dev.masker.application.port.out.AgentCopies;
import dev.masker.domain.agent.AgentId;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Remembers which agents the proxy's copies were told to forget. */
public final class RecordingAgentCopies implements AgentCopies {
  private final List<AgentId> forgotten = new CopyOnWriteArrayList<>();

  @Override
  public void forget(AgentId agent) {
    forgotten.add(agent);
  }

  public List<AgentId> forgotten() {
    return List.copyOf(forgotten);
  }
}
