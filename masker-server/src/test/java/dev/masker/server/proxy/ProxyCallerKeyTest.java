package dev.masker.server.proxy;

import static dev.masker.server.proxy.WireUpstreamResource.fake;
import static org.assertj.core.api.Assertions.assertThat;

import dev.masker.adapters.persistence.TestDatabase;
import dev.masker.adapters.persistence.session.PostgresTurnLog;
import dev.masker.application.port.out.CallerIdHash;
import dev.masker.domain.account.AccountId;
import dev.masker.server.api.Tenant;
import dev.masker.server.metrics.Scrape;
import dev.masker.server.proxy.ProxyCalls.Agent;
import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * A session key is whatever the caller sends, and it can be personal data: Bolna's {@code user} is
 * the caller's phone number. Planted as phone numbers in each of the four places a key comes from,
 * the keys are found nowhere (database, log, metrics) except as their keyed hash, while each still
 * keeps its call together: the same key is the same session with the same tokens, another key
 * another session (issue 9; SPEC §5 {@code external_id}).
 */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
@WithTestResource(WireUpstreamResource.class)
class ProxyCallerKeyTest {
  /** One phone number per place a session key is read from. */
  private static final Map<String, String> KEYS =
      new LinkedHashMap<>(
          Map.of(
              "header", "+14155550101",
              "call.id", "+14155550102",
              "metadata", "+14155550103",
              "user", "+14155550104"));

  @AfterAll
  static void no_key_reached_the_log_or_the_database() throws Exception {
    Hygiene.assertNoPlantedValueLeaked(planted());
  }

  @Test
  void each_key_is_one_session_under_its_hash_with_the_same_tokens_and_no_key_is_kept_in_clear()
      throws Exception {
    var tenant = Tenant.open();
    var agent = ProxyCalls.agent(tenant, "fake", "vault-deterministic", false);
    var tokens = new HashMap<String, String>();
    for (var place : KEYS.keySet()) {
      var key = KEYS.get(place);
      var first = nameToken(agent, place, key);
      var second = nameToken(agent, place, key);
      assertThat(second).as("the second turn of the call of %s", place).isEqualTo(first);
      tokens.put(place, first);
    }
    assertThat(tokens.values()).as("each call its own tokens").doesNotHaveDuplicates();
    assertThat(Arc.container().instance(PostgresTurnLog.class).get().flush(Duration.ofSeconds(10)))
        .isTrue();

    var hash = Arc.container().instance(CallerIdHash.class).get();
    var account = new AccountId(tenant.accountId());
    var expected = new HashMap<String, Integer>();
    KEYS.values().forEach(key -> expected.put(hash.hash(account, key), 2));
    assertThat(sessionsOf(agent)).isEqualTo(expected);
    var scopes = new ArrayList<String>();
    KEYS.values().forEach(key -> scopes.add(agent.id() + "/" + hash.hash(account, key)));
    assertThat(vaultScopesOf(agent)).containsExactlyInAnyOrderElementsOf(scopes);

    var metrics = Scrape.metrics();
    for (var value : planted()) {
      assertThat(metrics).as("the metrics").doesNotContain(value);
    }
  }

  /** Every key, also as its digits without the country code. */
  private static String[] planted() {
    var values = new ArrayList<String>();
    for (var key : KEYS.values()) {
      values.add(key);
      values.add(key.substring(2));
    }
    return values.toArray(String[]::new);
  }

  /**
   * Says the caller's name in the call {@code key}, named in {@code place}; the NAME token sent.
   */
  private static String nameToken(Agent agent, String place, String key) {
    var body = ProxyCalls.request(agent.model(), "Hi, this is " + Phi.NAME + ".");
    var headers = new String[0];
    switch (place) {
      case "header" -> headers = new String[] {"Masker-Session-Id", key};
      case "call.id" -> body.putObject("call").put("id", key);
      case "metadata" -> body.putObject("metadata").put("masker_session_id", key);
      case "user" -> body.put("user", key + "#3");
      default -> throw new IllegalArgumentException(place);
    }
    var response = ProxyCalls.post(agent.id(), body, headers);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    var received = fake().received(agent.model());
    var sent = received.get(received.size() - 1);
    for (var value : planted()) {
      assertThat(sent.contains(value)).as("%s forwarded", value).isFalse();
    }
    return Phi.token(Behaviours.lastUserText(sent.json()), "NAME");
  }

  /** The agent's sessions: external id → turn count. */
  private static Map<String, Integer> sessionsOf(Agent agent) throws SQLException {
    var sessions = new HashMap<String, Integer>();
    try (var connection = dataSource().getConnection();
        var query =
            connection.prepareStatement(
                "select external_id, turn_count from sessions where agent_id = ?")) {
      query.setString(1, agent.id());
      try (var rows = query.executeQuery()) {
        while (rows.next()) {
          sessions.put(rows.getString(1), rows.getInt(2));
        }
      }
    }
    return sessions;
  }

  private static List<String> vaultScopesOf(Agent agent) throws SQLException {
    var scopes = new ArrayList<String>();
    try (var connection = dataSource().getConnection();
        var query =
            connection.prepareStatement(
                "select distinct scope from token_vault where starts_with(scope, ?)")) {
      query.setString(1, agent.id() + "/");
      try (var rows = query.executeQuery()) {
        while (rows.next()) {
          scopes.add(rows.getString(1));
        }
      }
    }
    return scopes;
  }

  private static AgroalDataSource dataSource() {
    return Arc.container().instance(AgroalDataSource.class).get();
  }
}
