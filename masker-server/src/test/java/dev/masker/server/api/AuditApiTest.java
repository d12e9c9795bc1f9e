package dev.masker.server.api;

import static dev.masker.server.api.RecordedCalls.recorded;
import static dev.masker.server.api.RecordedCalls.stubAgent;
import static dev.masker.server.api.RecordedCalls.turn;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.masker.adapters.persistence.TestDatabase;
import dev.masker.server.proxy.Phi;
import dev.masker.server.startup.ServerKeys;
import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /api/v1/audit/verify} (SPEC §8) over the events the proxy and the agent API really
 * wrote; the chain recomputed from exported rows as an auditor would, with the JDK alone; and a
 * chain that was tampered with, found out and said where. Every tampering is undone before the test
 * ends: the database is shared with the other tests.
 */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class AuditApiTest {
  private static final DateTimeFormatter MICROS =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'");

  /** A tenant whose account has an agent created and changed, and a call of two turns. */
  private static Tenant busyTenant() {
    var tenant = Tenant.open();
    var agent = stubAgent(tenant, "Front desk");
    turn(agent, "call-1", Phi.INTRO);
    turn(agent, "call-1", "And my email is " + Phi.EMAIL + ", thanks.");
    tenant
        .asAdmin()
        .contentType(ContentType.JSON)
        .body(Map.of("name", "Reception"))
        .patch("/api/v1/agents/" + agent)
        .then()
        .statusCode(200);
    recorded();
    return tenant;
  }

  private static JsonPath verify(Tenant tenant) {
    return tenant.asAdmin().get("/api/v1/audit/verify").then().statusCode(200).extract().jsonPath();
  }

  @Test
  void the_chain_of_what_the_proxy_and_the_api_wrote_verifies_with_every_event_counted()
      throws SQLException {
    var tenant = busyTenant();

    var check = verify(tenant);

    var rows = export(tenant.accountId());
    assertThat(rows.stream().map(row -> row.get("kind")).distinct())
        .contains("redaction", "agent_created", "agent_updated");
    assertThat(check.getBoolean("ok")).isTrue();
    assertThat(check.getLong("event_count")).isEqualTo(rows.size());
    assertThat(check.getString("first_hash")).isEqualTo("0".repeat(64));
    assertThat(check.getString("last_hash")).matches("[0-9a-f]{64}");
    assertThat(check.getString("message"))
        .isEqualTo(rows.size() + " events verified, seq 1 to " + rows.size());
  }

  @Test
  void an_auditor_recomputes_the_chain_from_exported_rows_and_the_key_with_the_jdk_alone()
      throws Exception {
    var tenant = busyTenant();
    var key = Arc.container().instance(ServerKeys.class).get().key("MASKER_AUDIT_HMAC_KEY");

    var mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(key, "HmacSHA256"));
    var previous = new byte[32];
    long expectedSeq = 1;
    for (var row : export(tenant.accountId())) {
      assertThat(row.get("seq")).isEqualTo(expectedSeq++);
      mac.update(previous);
      var hash = mac.doFinal(canonical(row).getBytes(StandardCharsets.UTF_8));
      assertThat(hash).as("chain hash of seq %s", row.get("seq")).isEqualTo(row.get("chain_hash"));
      previous = hash;
    }

    assertThat(expectedSeq).isGreaterThan(4);
    assertThat(verify(tenant).getString("last_hash")).isEqualTo(HexFormat.of().formatHex(previous));
  }

  @Test
  void a_changed_event_is_found_and_named_by_its_place_and_id() throws SQLException {
    var tenant = busyTenant();
    var third = export(tenant.accountId()).get(2);
    tamper("update session_events set turn = turn + 1 where id = ?", third.get("id"));
    try {
      var check = verify(tenant);

      assertThat(check.getBoolean("ok")).isFalse();
      assertThat(check.getLong("event_count")).isEqualTo(2);
      assertThat(check.getString("message"))
          .isEqualTo(
              "the event at seq 3 ("
                  + third.get("id")
                  + ") does not hash to the chain hash stored with it: the event, its place or its"
                  + " hash was changed");
      // Another account's chain is its own.
      assertThat(verify(busyTenant()).getBoolean("ok")).isTrue();
    } finally {
      tamper("update session_events set turn = turn - 1 where id = ?", third.get("id"));
    }
    assertThat(verify(tenant).getBoolean("ok")).isTrue();
  }

  @Test
  void a_deleted_event_is_a_gap_at_its_place() throws SQLException {
    var tenant = busyTenant();
    var second = export(tenant.accountId()).get(1);
    var saved = rowAsJson((String) second.get("id"));
    tamper("delete from session_events where id = ?", second.get("id"));
    try {
      var check = verify(tenant);

      assertThat(check.getBoolean("ok")).isFalse();
      assertThat(check.getLong("event_count")).isEqualTo(1);
      assertThat(check.getString("message"))
          .startsWith("seq 2 is missing (the chain goes from seq 1 to 3)");
    } finally {
      tamper(
          "insert into session_events select (json_populate_record(null::session_events,"
              + " ?::json)).*",
          saved);
    }
    assertThat(verify(tenant).getBoolean("ok")).isTrue();
  }

  @Test
  void two_events_whose_hashes_were_swapped_are_out_of_order() throws SQLException {
    var tenant = busyTenant();
    var swap =
        "update session_events e set chain_hash = o.chain_hash from session_events o"
            + " where e.account_id = ? and o.account_id = e.account_id"
            + " and ((e.seq = 2 and o.seq = 3) or (e.seq = 3 and o.seq = 2))";
    tamper(swap, tenant.accountId());
    try {
      var check = verify(tenant);

      var rows = export(tenant.accountId());
      assertThat(check.getBoolean("ok")).isFalse();
      assertThat(check.getString("message"))
          .isEqualTo(
              "events at seq 2 ("
                  + rows.get(1).get("id")
                  + ") and seq 3 ("
                  + rows.get(2).get("id")
                  + ") are out of order: the chain hash stored at seq 3 belongs to seq 2");
    } finally {
      tamper(swap, tenant.accountId());
    }
    assertThat(verify(tenant).getBoolean("ok")).isTrue();
  }

  @Test
  void verifying_needs_audit_read_and_a_new_account_has_an_empty_whole_chain() {
    var tenant = Tenant.open();
    var member = tenant.memberCookie();

    var check =
        given()
            .cookie("masker_session", member)
            .get("/api/v1/audit/verify")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(check.getBoolean("ok")).isTrue();
    assertThat(check.getLong("event_count")).isZero();
    assertThat(check.getString("message")).isEqualTo("The chain has no events yet");

    var sessionsOnly = token(tenant, "sessions:read");
    given()
        .header("Authorization", "Bearer " + sessionsOnly)
        .get("/api/v1/audit/verify")
        .then()
        .statusCode(403)
        .body("error.code", org.hamcrest.Matchers.equalTo("forbidden"))
        .body("error.request_id", org.hamcrest.Matchers.startsWith("req_"));
    var auditor = token(tenant, "audit:read");
    given()
        .header("Authorization", "Bearer " + auditor)
        .get("/api/v1/audit/verify")
        .then()
        .statusCode(200)
        .body("ok", org.hamcrest.Matchers.equalTo(true));
    given().get("/api/v1/audit/verify").then().statusCode(401);
  }

  private static String token(Tenant tenant, String scope) {
    return tenant
        .asAdmin()
        .contentType(ContentType.JSON)
        .body(Map.of("name", "auditor", "scopes", List.of(scope)))
        .post("/api/v1/tokens")
        .then()
        .statusCode(201)
        .extract()
        .path("token.secret");
  }

  /**
   * The event JSON of docs/audit.md, written here from the exported row without Masker's code:
   * every column but chain_hash that holds a value, keys sorted, no whitespace.
   */
  private static String canonical(Map<String, Object> row) {
    var members = new TreeMap<String, String>();
    row.forEach(
        (column, value) -> {
          if (value == null || column.equals("chain_hash")) {
            return;
          }
          String json;
          if (value instanceof String text) {
            assertThat(text).matches("[A-Za-z0-9_]*"); // ids and words: nothing to escape
            json = '"' + text + '"';
          } else if (value instanceof OffsetDateTime time) {
            json = '"' + MICROS.format(time.withOffsetSameInstant(ZoneOffset.UTC)) + '"';
          } else if (value instanceof Double number) {
            json =
                new BigDecimal(number)
                    .setScale(6, RoundingMode.HALF_EVEN)
                    .stripTrailingZeros()
                    .toPlainString();
          } else if (value instanceof String[] words) {
            json = "[\"" + String.join("\",\"", words) + "\"]";
          } else {
            json = value.toString(); // integers
          }
          members.put(column, json);
        });
    var out = new StringBuilder("{");
    members.forEach(
        (column, json) -> out.append('"').append(column).append("\":").append(json).append(','));
    out.setCharAt(out.length() - 1, '}');
    return out.toString();
  }

  /** Every row of the account's events, as {@code select *} gives them, in chain order. */
  private static List<Map<String, Object>> export(String account) throws SQLException {
    var rows = new ArrayList<Map<String, Object>>();
    try (var connection = dataSource().getConnection();
        var select =
            connection.prepareStatement(
                "select * from session_events where account_id = ? order by seq")) {
      select.setString(1, account);
      try (var result = select.executeQuery()) {
        var meta = result.getMetaData();
        while (result.next()) {
          var row = new TreeMap<String, Object>();
          for (int i = 1; i <= meta.getColumnCount(); i++) {
            var type = meta.getColumnTypeName(i);
            Object value =
                switch (type) {
                  case "timestamptz" -> result.getObject(i, OffsetDateTime.class);
                  case "_text" -> {
                    var array = result.getArray(i);
                    yield array == null ? null : (String[]) array.getArray();
                  }
                  default -> result.getObject(i);
                };
            row.put(meta.getColumnName(i), value);
          }
          rows.add(row);
        }
      }
    }
    return rows;
  }

  private static String rowAsJson(String id) throws SQLException {
    try (var connection = dataSource().getConnection();
        var select =
            connection.prepareStatement(
                "select row_to_json(e)::text from session_events e where id = ?")) {
      select.setString(1, id);
      try (var result = select.executeQuery()) {
        assertThat(result.next()).isTrue();
        return result.getString(1);
      }
    }
  }

  /** A change only someone at the database could make: past the table's append-only guard. */
  private static void tamper(String sql, Object parameter) throws SQLException {
    try (var connection = dataSource().getConnection()) {
      connection.setAutoCommit(false);
      try (var allow =
          connection.prepareStatement("select set_config('masker.audit_retention', 'on', true)")) {
        allow.execute();
      }
      try (var statement = connection.prepareStatement(sql)) {
        statement.setObject(1, parameter);
        statement.executeUpdate();
      }
      connection.commit();
    }
  }

  private static AgroalDataSource dataSource() {
    return Arc.container().instance(AgroalDataSource.class).get();
  }
}
