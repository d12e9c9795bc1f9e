package dev.masker.application.port.out;

import dev.masker.domain.account.AccountId;
import dev.masker.domain.agent.AgentId;
import dev.masker.domain.masking.policy.PolicyRef;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Where retention deletes old rows. A run holds a store-wide lock, so that replicas started at the
 * same moment do the work once; each delete method removes at most {@code limit} rows in a
 * transaction of its own, so that a large backlog never holds locks for long. Every method returns
 * how many rows it deleted; a caller repeats it until fewer than {@code limit} come back.
 */
public interface RetentionStore {
  /**
   * Runs {@code work} while holding the retention lock; empty, without running it, when another run
   * holds the lock.
   */
  <T> Optional<T> exclusively(Function<Sweep, T> work);

  /** An agent and the policy it applies, as stored: where its events' retention comes from. */
  record AgentPolicy(
      AgentId agent, AccountId account, PolicyRef policy, Optional<String> policyYaml) {
    public AgentPolicy {
      Objects.requireNonNull(agent, "agent");
      Objects.requireNonNull(account, "account");
      Objects.requireNonNull(policy, "policy");
      Objects.requireNonNull(policyYaml, "policyYaml");
    }
  }

  /** What one batch of sessions took with it. */
  record SessionsDeleted(int sessions, int turns, int vaultRows, int payloads) {}

  /** The deletes a run may make, each a bounded batch in its own transaction. */
  interface Sweep {
    /** Every agent of every account, with its policy. */
    List<AgentPolicy> agents();

    /**
     * Deletes up to {@code limit} sessions whose last activity is before {@code cutoff}, oldest
     * first, with their turns, payloads and vault rows (the scope of the session's call).
     */
    SessionsDeleted deleteSessionsEndedBefore(Instant cutoff, int limit);

    /**
     * Deletes up to {@code limit} vault rows written before {@code cutoff} whose session is not
     * stored: a call whose record was lost, or whose session went before this version.
     */
    int deleteSessionlessVaultRowsBefore(Instant cutoff, int limit);

    /** Deletes up to {@code limit} payloads written before {@code cutoff}. */
    int deletePayloadsBefore(Instant cutoff, int limit);

    /** Deletes up to {@code limit} events of the agent from before {@code cutoff}. */
    int deleteEventsBefore(AgentId agent, Instant cutoff, int limit);

    /**
     * Deletes up to {@code limit} events from before {@code cutoff} whose agent is deleted: of
     * {@code account} only when given, else of every account not in {@code except}.
     */
    int deleteEventsOfDeletedAgentsBefore(
        Optional<AccountId> account, Set<AccountId> except, Instant cutoff, int limit);
  }
}
