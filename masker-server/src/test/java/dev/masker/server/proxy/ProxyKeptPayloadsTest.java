package dev.masker.server.proxy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import dev.masker.adapters.persistence.TestDatabase;
import dev.masker.adapters.persistence.session.PostgresTurnLog;
import dev.masker.application.port.in.Caller;
import dev.masker.application.port.in.ReadSessionPayloadsUseCase;
import dev.masker.application.port.in.ReadSessionPayloadsUseCase.Outcome;
import dev.masker.application.port.in.ReadSessionPayloadsUseCase.TurnPayloads;
import dev.masker.domain.account.AccountId;
import dev.masker.domain.common.MonotonicUlids;
import dev.masker.domain.masking.policy.Policy;
import dev.masker.domain.user.Role;
import dev.masker.domain.user.UserId;
import dev.masker.server.DatabaseDump;
import dev.masker.server.api.Tenant;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Payloads over the real proxy: kept when the policy says {@code audit.log_payloads: true}, sealed
 * in the database (a dump of every table holds none of the PHI a caller said), opened by the use
 * case for the session's own account only; never kept under the default policy.
 */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
@WithTestResource(WireUpstreamResource.class)
class ProxyKeptPayloadsTest {
  private static final MonotonicUlids IDS = new MonotonicUlids();
  private static final String SAID =
      "Hi, this is Rosalind Okafor, born March 3rd 1961, call me at 415 555 2671";
  private static final String[] PHI = {"Rosalind Okafor", "Okafor", "555 2671", "5552671"};

  @Inject ReadSessionPayloadsUseCase payloads;
  @Inject PostgresTurnLog turnLog;
  @Inject AgroalDataSource dataSource;

  private static String keepingPolicy() {
    return Policy.healthcareDefault()
        .yaml()
        .replace("log_payloads: false", "log_payloads: true")
        .replace("name: healthcare-default", "name: keeps-payloads");
  }

  @Test
  void a_policy_that_keeps_payloads_stores_them_sealed_and_the_account_reads_them_back()
      throws Exception {
    assertThat(keepingPolicy()).contains("log_payloads: true");
    var tenant = Tenant.open();
    var agent = ProxyCalls.agent(tenant, "fake", "vault-deterministic", false, keepingPolicy());
    var response =
        ProxyCalls.post(
            agent.id(),
            ProxyCalls.request(agent.model(), SAID).toString(),
            "Masker-Session-Id",
            "c1");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(response.body()).contains("Rosalind Okafor");
    assertThat(turnLog.flush(Duration.ofSeconds(30))).isTrue();
    var session = sessionOf(agent.id());

    var dump = DatabaseDump.everyTable(dataSource);
    assertThat(dump).contains(session);
    assertThat(count("select count(*) from turn_payloads where session_id = ?", session)).isOne();
    for (var value : PHI) {
      assertThat(dump).as("database").doesNotContain(value);
    }

    var read = payloads.read(callerOf(accountOf(agent.id())), session);
    var turns = read.fold(Outcome.Found::turns, notFound -> List.<TurnPayloads>of());
    assertThat(turns).hasSize(1);
    var turn = turns.get(0);
    assertThat(turn.turn()).isEqualTo(1);
    assertThat(turn.request().orElseThrow()).contains(SAID);
    assertThat(turn.masked().orElseThrow()).doesNotContain(PHI).contains("MSKV1.");
    assertThat(turn.response().orElseThrow()).isEqualTo(response.body());
    assertThat(turn.unreadable()).isEmpty();

    // Another account does not see them, whatever the id.
    var stranger = Tenant.open();
    assertThat(payloads.read(callerOf(stranger.accountId()), session))
        .isInstanceOf(Outcome.NotFound.class);

    // Over HTTP: the session's detail shows them, opened for this read, to its account only.
    var detail =
        tenant
            .asAdmin()
            .get("/api/v1/sessions/" + session)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(detail.getList("session.payloads")).hasSize(1);
    assertThat(detail.getInt("session.payloads[0].turn")).isEqualTo(1);
    assertThat(detail.getString("session.payloads[0].request")).contains(SAID);
    assertThat(detail.getString("session.payloads[0].masked")).doesNotContain(PHI);
    assertThat(detail.getString("session.payloads[0].response")).isEqualTo(response.body());
    assertThat(detail.getList("session.payloads[0].unreadable")).isEmpty();
    stranger
        .asAdmin()
        .get("/api/v1/sessions/" + session)
        .then()
        .statusCode(404)
        .body(not(containsString("Okafor")));
  }

  @Test
  void the_default_policy_keeps_no_payloads() throws Exception {
    var agent = ProxyCalls.fakeAgent();
    var response =
        ProxyCalls.post(
            agent.id(),
            ProxyCalls.request(agent.model(), SAID).toString(),
            "Masker-Session-Id",
            "c2");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(turnLog.flush(Duration.ofSeconds(30))).isTrue();
    var session = sessionOf(agent.id());

    assertThat(count("select count(*) from turn_payloads where session_id = ?", session)).isZero();
    assertThat(payloads.read(callerOf(accountOf(agent.id())), session))
        .isEqualTo(new Outcome.Found(List.of()));
  }

  @Test
  void a_session_that_kept_no_payloads_shows_null() throws Exception {
    var tenant = Tenant.open();
    var agent = ProxyCalls.agent(tenant, "fake", "vault-deterministic", false);
    var response =
        ProxyCalls.post(
            agent.id(),
            ProxyCalls.request(agent.model(), SAID).toString(),
            "Masker-Session-Id",
            "c3");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(turnLog.flush(Duration.ofSeconds(30))).isTrue();

    var body =
        tenant
            .asAdmin()
            .get("/api/v1/sessions/" + sessionOf(agent.id()))
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(ProxyCalls.parse(body).get("session").get("payloads").isNull()).isTrue();
    assertThat(body).doesNotContain(PHI);
  }

  private static Caller callerOf(String account) {
    return new Caller(new UserId("usr_" + IDS.newUlid()), new AccountId(account), Role.MEMBER);
  }

  private String sessionOf(String agent) throws SQLException {
    return text("select id from sessions where agent_id = ?", agent);
  }

  private String accountOf(String agent) throws SQLException {
    return text("select account_id from agents where id = ?", agent);
  }

  private String text(String sql, String parameter) throws SQLException {
    try (var connection = dataSource.getConnection();
        var select = connection.prepareStatement(sql)) {
      select.setString(1, parameter);
      try (var rows = select.executeQuery()) {
        assertThat(rows.next()).as(sql).isTrue();
        return rows.getString(1);
      }
    }
  }

  private long count(String sql, String parameter) throws SQLException {
    try (var connection = dataSource.getConnection();
        var select = connection.prepareStatement(sql)) {
      select.setString(1, parameter);
      try (var rows = select.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    }
  }
}
