package dev.masker.application.service.retention;

import dev.masker.application.port.out.RetentionStore;
import dev.masker.domain.account.AccountId;
import dev.masker.domain.masking.policy.AuditSettings;
import dev.masker.domain.masking.policy.BuiltInPolicies;
import dev.masker.domain.masking.policy.PolicyParser;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The one place audit events are deleted (docs/adr/0045-retention.md). An agent's events go after
 * its policy's {@code audit.retention_days}; the events of a deleted agent, whose policy went with
 * it, after the longest retention of its account's remaining agents, and never before the built-in
 * default of 2555 days. An agent whose stored policy no longer reads keeps its events.
 *
 * <p>A tamper-evident audit chain will record a checkpoint here before events leave it.
 */
final class AuditEventRetention {
  private final RetentionStore.Sweep sweep;
  private final int batchSize;

  AuditEventRetention(RetentionStore.Sweep sweep, int batchSize) {
    this.sweep = sweep;
    this.batchSize = batchSize;
  }

  /** Deletes every event past its retention at {@code now}; returns how many went. */
  long deleteExpired(Instant now) {
    long deleted = 0;
    var longestByAccount = new HashMap<AccountId, Integer>();
    for (var agent : sweep.agents()) {
      var days = retentionDays(agent);
      if (days.isEmpty()) {
        longestByAccount.put(agent.account(), Integer.MAX_VALUE);
        continue;
      }
      longestByAccount.merge(agent.account(), days.getAsInt(), Math::max);
      var cutoff = before(now, days.getAsInt());
      deleted +=
          Batches.repeat(
              batchSize, limit -> sweep.deleteEventsBefore(agent.agent(), cutoff, limit));
    }
    var keptLonger = new HashMap<AccountId, Integer>();
    for (Map.Entry<AccountId, Integer> account : longestByAccount.entrySet()) {
      if (account.getValue() > AuditSettings.DEFAULT_RETENTION_DAYS) {
        keptLonger.put(account.getKey(), account.getValue());
      }
    }
    for (var account : keptLonger.entrySet()) {
      if (account.getValue() == Integer.MAX_VALUE) {
        continue;
      }
      var cutoff = before(now, account.getValue());
      deleted +=
          Batches.repeat(
              batchSize,
              limit ->
                  sweep.deleteEventsOfDeletedAgentsBefore(
                      Optional.of(account.getKey()), Set.of(), cutoff, limit));
    }
    var cutoff = before(now, AuditSettings.DEFAULT_RETENTION_DAYS);
    var others = Set.copyOf(keptLonger.keySet());
    deleted +=
        Batches.repeat(
            batchSize,
            limit ->
                sweep.deleteEventsOfDeletedAgentsBefore(Optional.empty(), others, cutoff, limit));
    return deleted;
  }

  /** The agent's policy's retention; empty when its stored policy can no longer be read. */
  private static OptionalInt retentionDays(RetentionStore.AgentPolicy agent) {
    if (agent.policyYaml().isPresent()) {
      return PolicyParser.parse(agent.policyYaml().get())
          .fold(
              parsed -> OptionalInt.of(parsed.policy().audit().retentionDays()),
              invalid -> OptionalInt.empty());
    }
    return BuiltInPolicies.find(agent.policy().name(), agent.policy().version())
        .map(policy -> OptionalInt.of(policy.audit().retentionDays()))
        .orElse(OptionalInt.empty());
  }

  static Instant before(Instant now, int days) {
    return now.minus(Duration.ofDays(days));
  }
}
