package dev.masker.application.fake;

import dev.masker.application.port.out.AgentEventLog;
import dev.masker.domain.agent.AgentEvent;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps the agent events appended, in order, for a test to read. */
public final class RecordingAgentEvents implements AgentEventLog {
  private final List<AgentEvent> appended = new CopyOnWriteArrayList<>();

  @Override
  public void append(AgentEvent event) {
    appended.add(event);
  }

  public List<AgentEvent> appended() {
    return List.copyOf(appended);
  }
}
