package dev.masker.adapters.persistence.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masker.adapters.persistence.TestDatabase;
import dev.masker.application.port.out.KeptSession;
import dev.masker.application.port.out.TurnLog;
import dev.masker.application.port.out.TurnLogContract;
import dev.masker.domain.agent.AgentId;
import dev.masker.domain.session.SessionId;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The {@link TurnLogContract} on PostgreSQL: the server's turn log bean, read back from the rows.
 */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class PostgresTurnLogContractTest extends TurnLogContract {
  @Inject PostgresTurnLog turnLog;
  @Inject AgroalDataSource dataSource;

  @Override
  protected TurnLog turnLog() {
    return turnLog;
  }

  @Override
  protected void awaitKept() {
    assertThat(turnLog.flush(Duration.ofSeconds(60))).as("written in time").isTrue();
  }

  @Override
  protected List<KeptSession> sessions(AgentId agent) {
    var rows = new Rows(dataSource);
    return rows
        .query("select * from sessions where agent_id = ? order by started_at, id", agent.value())
        .stream()
        .map(
            session ->
                new KeptSession(
                    new SessionId((String) session.get("id")),
                    Optional.ofNullable((String) session.get("external_id")),
                    (Instant) session.get("started_at"),
                    (Instant) session.get("ended_at"),
                    (Integer) session.get("turn_count"),
                    (Integer) session.get("failed_turn_count"),
                    (String) session.get("status"),
                    (Integer) session.get("redaction_count"),
                    rows.redactionsByKind(session.get("id")),
                    (Long) session.get("upstream_ns"),
                    rows.turns(session.get("id")).stream()
                        .map(turn -> (Instant) turn.get("started_at"))
                        .toList(),
                    rows.turns(session.get("id")).stream()
                        .map(turn -> Optional.ofNullable((String) turn.get("model_pass_skipped")))
                        .toList()))
        .toList();
  }
}
