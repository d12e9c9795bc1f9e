package dev.masker.adapters.persistence.agent;

import dev.masker.adapters.persistence.audit.ChainAppender;
import dev.masker.application.port.out.AgentEventLog;
import dev.masker.domain.agent.AgentEvent;
import dev.masker.domain.agent.AgentField;
import dev.masker.domain.audit.ChainKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.ZoneOffset;
import java.util.List;
import org.hibernate.Session;

/**
 * Appends agent events to {@code session_events} as events of the account: no session, no turn, the
 * user who acted, and for an update the names of the fields that changed (ADR 0042). Written in the
 * caller's transaction, so an event is kept exactly when the change it records is, and takes its
 * place in the account's audit chain in that transaction ({@link ChainAppender}).
 */
@ApplicationScoped
public class PostgresAgentEventLog implements AgentEventLog {
  private final EntityManager entities;
  private final ChainAppender chain;

  public PostgresAgentEventLog(EntityManager entities, ChainKey chainKey) {
    this.entities = entities;
    this.chain = new ChainAppender(chainKey);
  }

  @Override
  public void append(AgentEvent event) {
    var fields = event.changed().stream().sorted().map(AgentField::wireName).toArray(String[]::new);
    entities
        .createNativeQuery(
            "insert into session_events (id, account_id, agent_id, kind, ts, actor_id,"
                + " changed_fields) values (:id, :account, :agent, :kind, :ts, :actor,"
                + " cast(:fields as text[]))")
        .setParameter("id", event.id())
        .setParameter("account", event.accountId().value())
        .setParameter("agent", event.agentId().value())
        .setParameter("kind", event.kind().wireName())
        .setParameter("ts", event.at().atOffset(ZoneOffset.UTC))
        .setParameter("actor", event.actor().value())
        .setParameter("fields", fields.length == 0 ? null : "{" + String.join(",", fields) + "}")
        .executeUpdate();
    var account = List.of(event.accountId().value());
    entities.unwrap(Session.class).doWork(connection -> chain.chainPending(connection, account));
  }
}
