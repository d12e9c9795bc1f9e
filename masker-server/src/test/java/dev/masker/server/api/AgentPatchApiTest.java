package dev.masker.server.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import dev.masker.adapters.persistence.TestDatabase;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code PATCH /api/v1/agents/{id}} and the policy versions it leaves readable. */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class AgentPatchApiTest {
  private static final String CLINIC_POLICY =
      "name: clinic\nversion: 1\nkid: K_HEALTHCARE\nallow_list: [Riverside Clinic]\n";

  @Inject AgroalDataSource dataSource;

  private static ValidatableResponse patch(Tenant tenant, String id, Object body) {
    return tenant
        .asAdmin()
        .contentType(ContentType.JSON)
        .body(body)
        .patch("/api/v1/agents/" + id)
        .then();
  }

  private static ValidatableResponse read(Tenant tenant, String id) {
    return tenant.asAdmin().get("/api/v1/agents/" + id).then().statusCode(200);
  }

  @Test
  void each_field_changes_alone_and_the_others_stay() {
    var tenant = Tenant.open();
    var id = tenant.createAgent("Front desk");
    var before = read(tenant, id).extract().jsonPath();

    patch(tenant, id, Map.of("name", "Night desk"))
        .statusCode(200)
        .body("agent.name", equalTo("Night desk"))
        .body("agent.upstream", equalTo("openai:gpt-4o-mini"))
        .body("agent.proxy_key", nullValue());
    patch(tenant, id, Map.of("upstream", "stub"))
        .statusCode(200)
        .body("agent.upstream", equalTo("stub"));
    patch(tenant, id, Map.of("tokenization", "reversible-aead"))
        .statusCode(200)
        .body("agent.tokenization", equalTo("reversible-aead"));
    patch(tenant, id, Map.of("vapi_assistant", Map.of("firstMessage", "Good evening")))
        .statusCode(200)
        .body("agent.vapi_assistant.firstMessage", equalTo("Good evening"));

    var after = read(tenant, id).extract().jsonPath();
    assertThat(after.getString("agent.name")).isEqualTo("Night desk");
    assertThat(after.getString("agent.upstream")).isEqualTo("stub");
    assertThat(after.getString("agent.tokenization")).isEqualTo("reversible-aead");
    assertThat(after.getString("agent.vapi_assistant.firstMessage")).isEqualTo("Good evening");
    assertThat(after.getString("agent.policy_name")).isEqualTo("healthcare-default");
    assertThat(after.getInt("agent.policy_version")).isEqualTo(1);
    assertThat(after.getString("agent.created_at")).isEqualTo(before.getString("agent.created_at"));
    assertThat(after.getString("agent.updated_at"))
        .isGreaterThan(before.getString("agent.updated_at"));
    assertThat(after.getString("agent.proxy_url")).isEqualTo(before.getString("agent.proxy_url"));
  }

  @Test
  void null_clears_the_template_and_is_refused_for_fields_that_cannot_be_empty() {
    var tenant = Tenant.open();
    var id = tenant.createAgent("Front desk");
    patch(tenant, id, Map.of("vapi_assistant", Map.of("firstMessage", "Hi"))).statusCode(200);

    patch(tenant, id, "{\"vapi_assistant\": null}")
        .statusCode(200)
        .body("agent.vapi_assistant", nullValue());
    for (var field :
        List.of(
            "name",
            "upstream",
            "tokenization",
            "policy_name",
            "policy_yaml",
            "require_proxy_key")) {
      patch(tenant, id, "{\"" + field + "\": null}")
          .statusCode(422)
          .body("error.code", equalTo("validation_failed"))
          .body("error.details[0].field", equalTo(field))
          .body("error.request_id", startsWith("req_"));
    }
  }

  @Test
  void an_empty_body_changes_nothing_and_keeps_updated_at() {
    var tenant = Tenant.open();
    var id = tenant.createAgent("Front desk");
    var before = read(tenant, id).extract().path("agent.updated_at");

    patch(tenant, id, "{}").statusCode(200).body("agent.updated_at", equalTo(before));
  }

  @Test
  void every_policy_change_increments_the_version_and_old_versions_stay_readable() {
    var tenant = Tenant.open();
    var id = tenant.createAgent("Front desk");

    patch(tenant, id, Map.of("policy_yaml", CLINIC_POLICY))
        .statusCode(200)
        .body("agent.policy_name", equalTo("clinic"))
        .body("agent.policy_version", equalTo(2))
        .body("agent.policy_yaml", equalTo(CLINIC_POLICY));
    patch(tenant, id, Map.of("policy_yaml", CLINIC_POLICY))
        .statusCode(200)
        .body("agent.policy_version", equalTo(2));
    patch(tenant, id, Map.of("policy_name", "healthcare-default"))
        .statusCode(200)
        .body("agent.policy_name", equalTo("healthcare-default"))
        .body("agent.policy_version", equalTo(3))
        .body("agent.policy_yaml", startsWith("# "));

    var page =
        tenant
            .asAdmin()
            .get("/api/v1/agents/" + id + "/policy-versions")
            .then()
            .statusCode(200)
            .body("next_cursor", nullValue())
            .extract()
            .jsonPath();
    assertThat(page.getList("data.version", Integer.class)).containsExactly(3, 2, 1);
    assertThat(page.getList("data.policy_name", String.class))
        .containsExactly("healthcare-default", "clinic", "healthcare-default");
    assertThat(page.getList("data.built_in", Boolean.class)).containsExactly(true, false, true);
    tenant
        .asAdmin()
        .get("/api/v1/agents/" + id + "/policy-versions/2")
        .then()
        .statusCode(200)
        .body("policy_version.version", equalTo(2))
        .body("policy_version.policy_yaml", equalTo(CLINIC_POLICY))
        .body("policy_version.created_at", startsWith("20"));
  }

  @Test
  void policy_versions_page_with_a_cursor_of_their_own_agent() {
    var tenant = Tenant.open();
    var id = tenant.createAgent("Front desk");
    var other = tenant.createAgent("Night desk");
    for (int i = 1; i <= 3; i++) {
      patch(tenant, id, Map.of("policy_yaml", CLINIC_POLICY + "# " + i + "\n")).statusCode(200);
    }

    var versions = new ArrayList<Integer>();
    String cursor = null;
    do {
      var request = tenant.asAdmin().queryParam("limit", 1);
      if (cursor != null) {
        request.queryParam("cursor", cursor);
      }
      var page =
          request
              .get("/api/v1/agents/" + id + "/policy-versions")
              .then()
              .statusCode(200)
              .extract()
              .jsonPath();
      versions.addAll(page.getList("data.version", Integer.class));
      cursor = page.getString("next_cursor");
      if (cursor != null) {
        tenant
            .asAdmin()
            .queryParam("cursor", cursor)
            .get("/api/v1/agents/" + other + "/policy-versions")
            .then()
            .statusCode(422)
            .body("error.details[0].field", equalTo("cursor"));
      }
    } while (cursor != null);

    assertThat(versions).containsExactly(4, 3, 2, 1);
  }

  @Test
  void policy_version_query_parameters_out_of_bounds_are_refused_with_details() {
    var tenant = Tenant.open();
    var id = tenant.createAgent("Front desk");

    for (var limit : List.of("0", "101", "-1", "ten", "1.5", "")) {
      tenant
          .asAdmin()
          .queryParam("limit", limit)
          .get("/api/v1/agents/" + id + "/policy-versions")
          .then()
          .statusCode(422)
          .body("error.code", equalTo("validation_failed"))
          .body("error.details[0].field", equalTo("limit"));
    }
    for (var limit : List.of("1", "100")) {
      tenant
          .asAdmin()
          .queryParam("limit", limit)
          .get("/api/v1/agents/" + id + "/policy-versions")
          .then()
          .statusCode(200);
    }
    tenant
        .asAdmin()
        .queryParam("cursor", "garbage")
        .get("/api/v1/agents/" + id + "/policy-versions")
        .then()
        .statusCode(422)
        .body("error.details[0].field", equalTo("cursor"));
  }

  @Test
  void policy_errors_are_those_of_creation() {
    var tenant = Tenant.open();
    var id = tenant.createAgent("Front desk");

    patch(tenant, id, Map.of("policy_name", "healthcare-default", "policy_yaml", CLINIC_POLICY))
        .statusCode(422)
        .body("error.code", equalTo("validation_failed"))
        .body("error.details[0].field", equalTo("policy_yaml"));
    patch(tenant, id, Map.of("policy_name", "strictest"))
        .statusCode(422)
        .body("error.code", equalTo("unknown_policy"));
    patch(tenant, id, Map.of("policy_yaml", "name: x\nversion: 1\nkid: K_HEALTHCARE\nbogus: 1\n"))
        .statusCode(422)
        .body("error.code", equalTo("policy_yaml_invalid"))
        .body("error.details.field", hasItem("bogus"))
        .body("error.details[0].line", equalTo(4));
    patch(tenant, id, Map.of("upstream", "acme:model"))
        .statusCode(422)
        .body("error.code", equalTo("unknown_upstream"));
    patch(tenant, id, Map.of("tokenization", "rot13"))
        .statusCode(422)
        .body("error.code", equalTo("validation_failed"))
        .body("error.details[0].field", equalTo("tokenization"));
    patch(tenant, id, Map.of("name", ""))
        .statusCode(422)
        .body("error.details[0].field", equalTo("name"));
    patch(tenant, id, Map.of("name", 7))
        .statusCode(422)
        .body("error.details[0].field", equalTo("name"));
    patch(tenant, id, Map.of("vapi_assistant", "hello"))
        .statusCode(422)
        .body("error.details[0].field", equalTo("vapi_assistant"));
    patch(tenant, id, Map.of("policy_version", 9))
        .statusCode(422)
        .body("error.details[0].field", equalTo("policy_version"));
    patch(tenant, id, "[1]").statusCode(422).body("error.code", equalTo("validation_failed"));
    patch(tenant, id, "{\"name\": ")
        .statusCode(422)
        .body("error.code", equalTo("validation_failed"));
    read(tenant, id)
        .body("agent.name", equalTo("Front desk"))
        .body("agent.policy_version", equalTo(1));
  }

  @Test
  void changes_that_would_strand_tokens_of_calls_in_progress_are_refused_with_a_reason() {
    var tenant = Tenant.open();
    var id = tenant.createAgent("Front desk");

    patch(tenant, id, Map.of("policy_yaml", CLINIC_POLICY.replace("K_HEALTHCARE", "K_OTHER")))
        .statusCode(422)
        .body("error.code", equalTo("validation_failed"))
        .body("error.details[0].field", equalTo("policy_yaml"))
        .body("error.details[0].issue", startsWith("must keep the key id K_HEALTHCARE"));
    patch(tenant, id, Map.of("tokenization", "synthetic")).statusCode(200);
    patch(tenant, id, Map.of("tokenization", "vault-deterministic"))
        .statusCode(422)
        .body("error.details[0].field", equalTo("tokenization"))
        .body("error.details[0].issue", startsWith("cannot change from synthetic"));
  }

  @Test
  void a_name_of_another_agent_in_the_account_is_taken_ignoring_case() {
    var tenant = Tenant.open();
    var id = tenant.createAgent("Front desk");
    tenant.createAgent("Night desk");

    patch(tenant, id, Map.of("name", "NIGHT DESK"))
        .statusCode(409)
        .body("error.code", equalTo("name_taken"))
        .body("error.request_id", startsWith("req_"));
    patch(tenant, id, Map.of("name", "FRONT DESK")).statusCode(200);
    var elsewhere = Tenant.open();
    var theirs = elsewhere.createAgent("Elsewhere");
    patch(elsewhere, theirs, Map.of("name", "Night desk")).statusCode(200);
  }

  @Test
  void turning_the_proxy_key_on_shows_a_new_key_once_and_off_drops_it() {
    var tenant = Tenant.open();
    var id = tenant.createAgent("Front desk");

    var key =
        patch(tenant, id, Map.of("require_proxy_key", true))
            .statusCode(200)
            .body("agent.require_proxy_key", equalTo(true))
            .body("agent.proxy_key", startsWith("mpk_"))
            .extract()
            .<String>path("agent.proxy_key");
    patch(tenant, id, Map.of("require_proxy_key", true))
        .statusCode(200)
        .body("agent.proxy_key", nullValue());
    assertThat(read(tenant, id).extract().asString()).doesNotContain(key);
    patch(tenant, id, Map.of("require_proxy_key", false))
        .statusCode(200)
        .body("agent.require_proxy_key", equalTo(false))
        .body("agent.proxy_key", nullValue());
    patch(tenant, id, Map.of("require_proxy_key", "yes"))
        .statusCode(422)
        .body("error.details[0].field", equalTo("require_proxy_key"));
  }

  @Test
  void malformed_unknown_and_other_accounts_ids_are_404_and_nothing_changes() {
    var owner = Tenant.open();
    var theirs = owner.createAgent("Theirs");
    var stranger = Tenant.open();
    var ids = List.of(theirs, "agt_123", "usr_" + theirs.substring(4), theirs.toLowerCase(), "x");

    for (var id : ids) {
      patch(stranger, id, Map.of("name", "Mine"))
          .statusCode(404)
          .body("error.code", equalTo("agent_not_found"));
      stranger
          .asAdmin()
          .get("/api/v1/agents/" + id + "/policy-versions")
          .then()
          .statusCode(404)
          .body("error.code", equalTo("agent_not_found"));
      stranger
          .asAdmin()
          .get("/api/v1/agents/" + id + "/policy-versions/1")
          .then()
          .statusCode(404)
          .body("error.code", equalTo("agent_not_found"));
    }
    for (var version : List.of("2", "0", "-1", "one", "99999999999")) {
      owner
          .asAdmin()
          .get("/api/v1/agents/" + theirs + "/policy-versions/" + version)
          .then()
          .statusCode(404)
          .body("error.code", equalTo("not_found"));
    }
    read(owner, theirs).body("agent.name", equalTo("Theirs"));
  }

  @Test
  void members_may_change_agents_and_anonymous_callers_may_not() {
    var tenant = Tenant.open();
    var id = tenant.createAgent("Front desk");
    var member = tenant.memberCookie();

    io.restassured.RestAssured.given()
        .cookie("masker_session", member)
        .contentType(ContentType.JSON)
        .body(Map.of("name", "Renamed by member"))
        .patch("/api/v1/agents/" + id)
        .then()
        .statusCode(200)
        .body("agent.name", equalTo("Renamed by member"));
    io.restassured.RestAssured.given()
        .contentType(ContentType.JSON)
        .body(Map.of("name", "Anonymous"))
        .patch("/api/v1/agents/" + id)
        .then()
        .statusCode(401)
        .body("error.code", equalTo("unauthenticated"));
  }

  @Test
  void creating_changing_and_deleting_are_events_of_the_account_without_values()
      throws SQLException {
    var tenant = Tenant.open();
    var id = tenant.createAgent("Front desk");
    patch(tenant, id, Map.of("name", "Jane Roe line", "policy_yaml", CLINIC_POLICY))
        .statusCode(200);
    tenant.asAdmin().delete("/api/v1/agents/" + id).then().statusCode(204);

    var rows = events(id);

    assertThat(rows)
        .containsExactly(
            "agent_created|null|null|usr|null",
            "agent_updated|null|null|usr|{name,policy}",
            "agent_deleted|null|null|usr|null");
    assertThat(String.join("\n", rows)).doesNotContain("Jane", "Riverside");
  }

  private List<String> events(String agentId) throws SQLException {
    var rows = new ArrayList<String>();
    try (var connection = dataSource.getConnection();
        var select =
            connection.prepareStatement(
                "select kind, session_id, turn, left(actor_id, 3), changed_fields::text"
                    + " from session_events where agent_id = ? order by ts, id")) {
      select.setString(1, agentId);
      try (var result = select.executeQuery()) {
        while (result.next()) {
          rows.add(
              result.getString(1)
                  + "|"
                  + result.getString(2)
                  + "|"
                  + result.getString(3)
                  + "|"
                  + result.getString(4)
                  + "|"
                  + result.getString(5));
        }
      }
    }
    return rows;
  }
}
