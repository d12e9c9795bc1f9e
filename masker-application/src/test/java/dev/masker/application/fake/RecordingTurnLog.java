package dev.masker.application.fake;

import dev.masker.application.port.out.TurnLog;
import dev.masker.domain.session.TurnRecord;
import java.util.ArrayList;
import java.util.List;

/** Keeps every turn record in order. */
public final class RecordingTurnLog implements TurnLog {
  private final List<TurnRecord> turns = new ArrayList<>();

  @Override
  public synchronized void append(TurnRecord turn) {
    turns.add(turn);
  }

  public synchronized List<TurnRecord> turns() {
    return List.copyOf(turns);
  }

  /** The last record; fails when there is none. */
  public synchronized TurnRecord last() {
    if (turns.isEmpty()) {
      throw new AssertionError("no turn was recorded");
    }
    return turns.get(turns.size() - 1);
  }
}
