package dev.masker.adapters.persistence.agent;

import dev.masker.adapters.persistence.UniqueViolation;
import dev.masker.application.page.Keyset;
import dev.masker.application.port.out.AgentRepository;
import dev.masker.domain.account.AccountId;
import dev.masker.domain.agent.Agent;
import dev.masker.domain.agent.AgentId;
import dev.masker.domain.agent.AgentName;
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

  private final AgentRows rows;

  public PostgresAgentRepository(AgentRows rows) {
    this.rows = rows;
  }

  @Override
  public void add(Agent agent) {
    var row = rows.row(agent.snapshot());
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
  public void update(Agent agent) {
    var changed = rows.row(agent.snapshot());
    var row =
        AgentEntity.<AgentEntity>find("id = ?1 and accountId = ?2", changed.id, changed.accountId)
            .firstResultOptional();
    if (row.isEmpty()) {
      return;
    }
    rows.copy(changed, row.get());
    try {
      AgentEntity.flush();
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
    return AgentEntity.<AgentEntity>findByIdOptional(id.value()).map(this::toAgent);
  }

  @Override
  public Optional<Agent> find(AccountId account, AgentId id) {
    return AgentEntity.<AgentEntity>find("id = ?1 and accountId = ?2", id.value(), account.value())
        .firstResultOptional()
        .map(this::toAgent);
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
        .map(this::toAgent)
        .toList();
  }

  private static String likeLiteral(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  @Override
  public boolean delete(AccountId account, AgentId id) {
    return AgentEntity.delete("id = ?1 and accountId = ?2", id.value(), account.value()) > 0;
  }

  private Agent toAgent(AgentEntity row) {
    return Agent.reconstitute(rows.snapshot(row));
  }
}
