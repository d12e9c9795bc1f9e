package dev.masker.adapters.persistence.agent;

import dev.masker.adapters.persistence.UniqueViolation;
import dev.masker.application.page.Keyset;
import dev.masker.application.port.out.AgentRepository;
import dev.masker.domain.account.AccountId;
import dev.masker.domain.agent.Agent;
import dev.masker.domain.agent.AgentId;
import dev.masker.domain.agent.AgentName;
import dev.masker.domain.agent.AgentSettings;
import dev.masker.domain.agent.Upstream;
import dev.masker.domain.masking.policy.PolicyRef;
import dev.masker.domain.masking.policy.Tokenization;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

@ApplicationScoped
public class PostgresAgentRepository implements AgentRepository {
  private static final Sort NEWEST_FIRST = Sort.descending("createdAt", "id");

  @Override
  public void add(Agent agent) {
    var row = new AgentEntity();
    row.id = agent.id().value();
    row.accountId = agent.accountId().value();
    row.name = agent.name().value();
    row.nameFolded = agent.name().folded();
    row.upstream = agent.upstream().toString();
    row.tokenization = agent.tokenization().wireName();
    row.policyName = agent.policy().name();
    row.policyVersion = agent.policy().version();
    row.policyYaml = agent.policyYaml().orElse(null);
    row.proxyKeyDigest = agent.proxyKeyDigest().orElse(null);
    row.vapiAssistant = agent.vapiAssistant().orElse(null);
    row.createdAt = agent.createdAt();
    row.updatedAt = agent.updatedAt();
    try {
      row.persistAndFlush();
    } catch (PersistenceException e) {
      if (UniqueViolation.isCauseOf(e)) {
        throw new NameAlreadyUsed();
      }
      throw e;
    }
  }

  @Override
  public boolean nameTaken(AccountId account, AgentName name) {
    return AgentEntity.count("accountId = ?1 and nameFolded = ?2", account.value(), name.folded())
        > 0;
  }

  @Override
  public Optional<Agent> find(AgentId id) {
    return AgentEntity.<AgentEntity>findByIdOptional(id.value())
        .map(PostgresAgentRepository::toAgent);
  }

  @Override
  public Optional<Agent> find(AccountId account, AgentId id) {
    return AgentEntity.<AgentEntity>find("id = ?1 and accountId = ?2", id.value(), account.value())
        .firstResultOptional()
        .map(PostgresAgentRepository::toAgent);
  }

  @Override
  public List<Agent> list(
      AccountId account, Optional<String> nameContains, Optional<Keyset> after, int limit) {
    var query = new StringBuilder("accountId = :account");
    var parameters = Parameters.with("account", account.value());
    nameContains.ifPresent(
        needle -> {
          query.append(" and nameFolded like :pattern escape '\\'");
          parameters.and("pattern", "%" + likeLiteral(needle.toLowerCase(Locale.ROOT)) + "%");
        });
    after.ifPresent(
        keyset -> {
          query.append(" and (createdAt < :time or (createdAt = :time and id < :id))");
          parameters.and("time", keyset.createdAt()).and("id", keyset.id());
        });
    return AgentEntity.<AgentEntity>find(query.toString(), NEWEST_FIRST, parameters)
        .range(0, limit - 1)
        .list()
        .stream()
        .map(PostgresAgentRepository::toAgent)
        .toList();
  }

  private static String likeLiteral(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  @Override
  public boolean delete(AccountId account, AgentId id) {
    return AgentEntity.delete("id = ?1 and accountId = ?2", id.value(), account.value()) > 0;
  }

  private static Agent toAgent(AgentEntity row) {
    var settings =
        new AgentSettings(
            new AgentName(row.name),
            Upstream.parse(row.upstream),
            Tokenization.fromWireName(row.tokenization),
            new PolicyRef(row.policyName, row.policyVersion),
            row.policyYaml,
            row.vapiAssistant);
    return Agent.reconstitute(
        new Agent.Snapshot(
            new AgentId(row.id),
            new AccountId(row.accountId),
            settings,
            row.proxyKeyDigest,
            row.createdAt,
            row.updatedAt));
  }
}
