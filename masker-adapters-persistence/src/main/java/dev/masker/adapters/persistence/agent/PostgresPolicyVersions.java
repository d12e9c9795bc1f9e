package dev.masker.adapters.persistence.agent;

import dev.masker.application.port.out.PolicyVersionRepository;
import dev.masker.domain.account.AccountId;
import dev.masker.domain.agent.AgentId;
import dev.masker.domain.agent.PolicyVersion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * The rows of {@code agent_policy_versions}, read and written in the caller's transaction. Every
 * query names the account, so no version of another account's agent is ever read.
 */
@ApplicationScoped
public class PostgresPolicyVersions implements PolicyVersionRepository {
  private static final String COLUMNS = "agent_id, version, policy_name, policy_yaml, created_at";

  private final EntityManager entities;

  public PostgresPolicyVersions(EntityManager entities) {
    this.entities = entities;
  }

  @Override
  public void add(AccountId account, PolicyVersion version) {
    entities
        .createNativeQuery(
            "insert into agent_policy_versions (account_id, "
                + COLUMNS
                + ") values (:account, :agent, :version, :name, :yaml, :at)"
                + " on conflict (agent_id, version) do nothing")
        .setParameter("account", account.value())
        .setParameter("agent", version.agentId().value())
        .setParameter("version", version.version())
        .setParameter("name", version.name())
        .setParameter("yaml", version.yaml())
        .setParameter("at", version.createdAt().atOffset(ZoneOffset.UTC))
        .executeUpdate();
  }

  @Override
  public List<PolicyVersion> list(
      AccountId account, AgentId agent, Optional<Integer> below, int limit) {
    var query =
        entities
            .createNativeQuery(
                "select "
                    + COLUMNS
                    + " from agent_policy_versions"
                    + " where account_id = :account and agent_id = :agent and version < :below"
                    + " order by version desc limit :limit")
            .setParameter("account", account.value())
            .setParameter("agent", agent.value())
            .setParameter("below", below.orElse(Integer.MAX_VALUE))
            .setParameter("limit", limit);
    @SuppressWarnings("unchecked")
    List<Object[]> rows = query.getResultList();
    return rows.stream().map(PostgresPolicyVersions::version).toList();
  }

  @Override
  public Optional<PolicyVersion> find(AccountId account, AgentId agent, int version) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        entities
            .createNativeQuery(
                "select "
                    + COLUMNS
                    + " from agent_policy_versions"
                    + " where account_id = :account and agent_id = :agent and version = :version")
            .setParameter("account", account.value())
            .setParameter("agent", agent.value())
            .setParameter("version", version)
            .getResultList();
    return rows.stream().findFirst().map(PostgresPolicyVersions::version);
  }

  private static PolicyVersion version(Object[] row) {
    return new PolicyVersion(
        new AgentId((String) row[0]),
        ((Number) row[1]).intValue(),
        (String) row[2],
        (String) row[3],
        instant(row[4]));
  }

  private static Instant instant(Object value) {
    if (value instanceof Instant instant) {
      return instant;
    }
    if (value instanceof OffsetDateTime time) {
      return time.toInstant();
    }
    return ((java.sql.Timestamp) value).toInstant();
  }
}
