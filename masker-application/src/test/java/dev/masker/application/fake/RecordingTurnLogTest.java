package dev.masker.application.fake;

import dev.masker.application.port.out.KeptSession;
import dev.masker.application.port.out.TurnLog;
import dev.masker.application.port.out.TurnLogContract;
import dev.masker.domain.agent.AgentId;
import java.util.List;

class RecordingTurnLogTest extends TurnLogContract {
  private final RecordingTurnLog turns = new RecordingTurnLog();

  @Override
  protected TurnLog turnLog() {
    return turns;
  }

  @Override
  protected void awaitKept() {
    // kept as soon as appended
  }

  @Override
  protected List<KeptSession> sessions(AgentId agent) {
    return turns.sessions(agent);
  }
}
