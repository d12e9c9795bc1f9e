package dev.masker.application.fake;

import dev.masker.application.port.out.RetentionStore;
import dev.masker.domain.account.AccountId;
import dev.masker.domain.agent.AgentId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * A retention store that deletes nothing: it writes down each delete it is asked for, with its
 * cutoff, and answers with the number of rows a test scripted ({@link #backlog}), a batch at a
 * time.
 */
public final class RecordingRetentionStore implements RetentionStore {
  public final List<AgentPolicy> agents = new ArrayList<>();
  public final List<String> calls = new ArrayList<>();
  public boolean lockedElsewhere;

  /** Old sessions waiting: each session batch takes up to its limit of them. */
  public int backlog;

  @Override
  public <T> Optional<T> exclusively(Function<Sweep, T> work) {
    if (lockedElsewhere) {
      return Optional.empty();
    }
    return Optional.of(work.apply(new Recorder()));
  }

  private final class Recorder implements Sweep {
    @Override
    public List<AgentPolicy> agents() {
      return agents;
    }

    @Override
    public SessionsDeleted deleteSessionsEndedBefore(Instant cutoff, int limit) {
      calls.add("sessions before " + cutoff + " limit " + limit);
      int taken = Math.min(backlog, limit);
      backlog -= taken;
      return new SessionsDeleted(taken, 2 * taken, 3 * taken, 0);
    }

    @Override
    public int deleteSessionlessVaultRowsBefore(Instant cutoff, int limit) {
      calls.add("sessionless vault rows before " + cutoff);
      return 0;
    }

    @Override
    public int deletePayloadsBefore(Instant cutoff, int limit) {
      calls.add("payloads before " + cutoff);
      return 0;
    }

    @Override
    public int deleteEventsBefore(AgentId agent, Instant cutoff, int limit) {
      calls.add("events of " + agent.value() + " before " + cutoff);
      return 0;
    }

    @Override
    public int deleteEventsOfDeletedAgentsBefore(
        Optional<AccountId> account, Set<AccountId> except, Instant cutoff, int limit) {
      calls.add(
          account
                  .map(id -> "deleted agents' events of " + id.value())
                  .orElse(
                      "deleted agents' events except "
                          + except.stream().map(AccountId::value).sorted().toList())
              + " before "
              + cutoff);
      return 0;
    }
  }
}
