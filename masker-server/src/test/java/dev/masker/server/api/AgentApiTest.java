package dev.masker.server.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import dev.masker.adapters.persistence.TestDatabase;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class AgentApiTest {
  private static final String TIMESTAMP = "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z";

  @Test
  void creating_an_agent_answers_201_with_the_urls_a_voice_platform_needs() {
    var tenant = Tenant.open();

    var agent =
        tenant
            .asAdmin()
            .contentType(ContentType.JSON)
            .body(
                Map.of(
                    "name", "Front desk",
                    "upstream", "openai:gpt-4o-mini",
                    "vapi_assistant", Map.of("firstMessage", "Hello, how can I help?")))
            .post("/api/v1/agents")
            .then()
            .statusCode(201)
            .body("agent.id", startsWith("agt_"))
            .body("agent.name", equalTo("Front desk"))
            .body("agent.upstream", equalTo("openai:gpt-4o-mini"))
            .body("agent.tokenization", equalTo("vault-deterministic"))
            .body("agent.policy_name", equalTo("healthcare-default"))
            .body("agent.policy_version", equalTo(1))
            .body("agent.require_proxy_key", equalTo(false))
            .body("agent.proxy_key", nullValue())
            .body("agent.vapi_assistant.firstMessage", equalTo("Hello, how can I help?"))
            .body("agent.created_at", matchesPattern(TIMESTAMP))
            .body("agent.updated_at", matchesPattern(TIMESTAMP))
            .extract()
            .jsonPath();

    var id = agent.getString("agent.id");
    assertThat(agent.getString("agent.proxy_base_url"))
        .isEqualTo("http://localhost:8080/proxy/" + id + "/v1");
    assertThat(agent.getString("agent.proxy_url"))
        .isEqualTo("http://localhost:8080/proxy/" + id + "/v1/chat/completions");
    assertThat(agent.getString("agent.webhook_url"))
        .isEqualTo("http://localhost:8080/vapi/webhook/" + id);
  }

  @Test
  void a_created_agent_can_be_read_back() {
    var tenant = Tenant.open();
    var id = tenant.createAgent("Billing line");

    tenant
        .asAdmin()
        .get("/api/v1/agents/" + id)
        .then()
        .statusCode(200)
        .body("agent.id", equalTo(id))
        .body("agent.name", equalTo("Billing line"))
        .body("agent.upstream", equalTo("openai:gpt-4o-mini"));
  }

  @Test
  void an_agent_with_a_policy_of_its_own_shows_it_and_its_version() {
    var tenant = Tenant.open();
    var yaml =
        "name: clinic-strict\nversion: 3\nkid: K_CLINIC\nentities:\n  URL: {action: tokenize}\n";

    var id =
        tenant
            .asAdmin()
            .contentType(ContentType.JSON)
            .body(Map.of("name", "Strict", "upstream", "stub", "policy_yaml", yaml))
            .post("/api/v1/agents")
            .then()
            .statusCode(201)
            .body("agent.policy_name", equalTo("clinic-strict"))
            .body("agent.policy_version", equalTo(3))
            .extract()
            .<String>path("agent.id");

    tenant
        .asAdmin()
        .get("/api/v1/agents/" + id)
        .then()
        .statusCode(200)
        .body("agent.policy_yaml", equalTo(yaml));
    tenant
        .asAdmin()
        .get("/api/v1/agents/" + tenant.createAgent("Default"))
        .then()
        .body("agent.policy_yaml", containsString("name: healthcare-default"));
  }

  @Test
  void a_proxy_key_is_shown_once_at_creation_and_never_again() {
    var tenant = Tenant.open();

    var created =
        tenant
            .asAdmin()
            .contentType(ContentType.JSON)
            .body(Map.of("name", "Keyed", "upstream", "stub", "require_proxy_key", true))
            .post("/api/v1/agents")
            .then()
            .statusCode(201)
            .body("agent.require_proxy_key", equalTo(true))
            .body("agent.proxy_key", startsWith("mpk_"))
            .extract()
            .jsonPath();

    tenant
        .asAdmin()
        .get("/api/v1/agents/" + created.getString("agent.id"))
        .then()
        .statusCode(200)
        .body("agent.require_proxy_key", equalTo(true))
        .body("agent.proxy_key", nullValue());
  }

  @Test
  void names_are_unique_in_an_account_regardless_of_case_but_not_across_accounts() {
    var tenant = Tenant.open();
    tenant.createAgent("Front Desk");

    tenant
        .asAdmin()
        .contentType(ContentType.JSON)
        .body(Map.of("name", "front desk", "upstream", "stub"))
        .post("/api/v1/agents")
        .then()
        .statusCode(409)
        .body("error.code", equalTo("name_taken"));
    Tenant.open().createAgent("front desk");
  }

  @Test
  void bad_agent_definitions_are_refused_with_the_field_at_fault() {
    var tenant = Tenant.open();

    expect422(tenant, Map.of("upstream", "stub"), "validation_failed")
        .body("error.details[0].field", equalTo("name"));
    expect422(tenant, Map.of("name", "x".repeat(65), "upstream", "stub"), "validation_failed")
        .body("error.details[0].field", equalTo("name"));
    expect422(tenant, Map.of("name", "A", "upstream", "gpt-4o"), "validation_failed")
        .body("error.details[0].field", equalTo("upstream"));
    expect422(tenant, Map.of("name", "A", "upstream", "nowhere:model"), "unknown_upstream");
    expect422(
            tenant,
            Map.of("name", "A", "upstream", "stub", "tokenization", "rot13"),
            "validation_failed")
        .body("error.details[0].field", equalTo("tokenization"));
    expect422(
        tenant, Map.of("name", "A", "upstream", "stub", "policy_name", "lax"), "unknown_policy");
    expect422(
            tenant,
            Map.of(
                "name",
                "A",
                "upstream",
                "stub",
                "policy_name",
                "healthcare-default",
                "policy_yaml",
                "name: x"),
            "validation_failed")
        .body("error.details[0].field", equalTo("policy_yaml"));
    expect422(
            tenant,
            Map.of("name", "A", "upstream", "stub", "policy_yaml", "name: x\nversion: 0\n"),
            "policy_yaml_invalid")
        .body("error.details.field", hasItem("version"))
        .body("error.details.find { it.field == 'version' }.line", equalTo(2));
    expect422(
            tenant,
            Map.of("name", "A", "upstream", "stub", "vapi_assistant", "text"),
            "validation_failed")
        .body("error.details[0].field", equalTo("vapi_assistant"));
    expect422(
            tenant,
            Map.of("name", "A", "upstream", "stub", "require_proxy_key", "maybe"),
            "validation_failed")
        .body("error.details[0].field", equalTo("require_proxy_key"));
    expect422(
            tenant, Map.of("name", "A", "upstream", "stub", "colour", "blue"), "validation_failed")
        .body("error.details[0].field", equalTo("colour"));

    tenant.asAdmin().get("/api/v1/agents").then().body("data.size()", equalTo(0));
  }

  private static io.restassured.response.ValidatableResponse expect422(
      Tenant tenant, Map<String, Object> body, String code) {
    return tenant
        .asAdmin()
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/v1/agents")
        .then()
        .statusCode(422)
        .body("error.code", equalTo(code))
        .body("error.request_id", startsWith("req_"));
  }

  @Test
  void lists_page_newest_first_without_skipping_or_repeating_while_agents_are_added() {
    var tenant = Tenant.open();
    var created = new ArrayList<String>();
    for (int i = 0; i < 7; i++) {
      created.add(0, tenant.createAgent("agent " + i));
    }

    var seen = new ArrayList<String>();
    String cursor = null;
    int added = 0;
    do {
      var request = tenant.asAdmin().queryParam("limit", 3);
      if (cursor != null) {
        request.queryParam("cursor", cursor);
      }
      var page = request.get("/api/v1/agents").then().statusCode(200).extract().jsonPath();
      seen.addAll(page.getList("data.id", String.class));
      // None of these agents has had a call yet.
      assertThat(page.getList("data.session_count_24h", Integer.class)).containsOnly(0);
      cursor = page.getString("next_cursor");
      tenant.createAgent("arrived meanwhile " + added++);
    } while (cursor != null);

    assertThat(seen).containsExactlyElementsOf(created);
  }

  @Test
  void name_contains_filters_ignoring_case_and_its_cursor_belongs_to_the_filter() {
    var tenant = Tenant.open();
    tenant.createAgent("Cardiology A");
    tenant.createAgent("Dental");
    tenant.createAgent("cardiology B");

    var page =
        tenant
            .asAdmin()
            .queryParam("name_contains", "CARDIO")
            .queryParam("limit", 1)
            .get("/api/v1/agents")
            .then()
            .statusCode(200)
            .body("data.size()", equalTo(1))
            .body("data[0].name", equalTo("cardiology B"))
            .extract()
            .jsonPath();
    var cursor = page.getString("next_cursor");

    tenant
        .asAdmin()
        .queryParam("name_contains", "cardio")
        .queryParam("cursor", cursor)
        .get("/api/v1/agents")
        .then()
        .statusCode(200)
        .body("data.name", equalTo(List.of("Cardiology A")))
        .body("next_cursor", nullValue());
    tenant
        .asAdmin()
        .queryParam("name_contains", "dent")
        .queryParam("cursor", cursor)
        .get("/api/v1/agents")
        .then()
        .statusCode(422)
        .body("error.details[0].field", equalTo("cursor"));
  }

  @Test
  void limits_outside_one_to_a_hundred_and_garbage_cursors_are_refused() {
    var tenant = Tenant.open();
    for (var limit : List.of("0", "101", "-1", "ten", "2.5", "")) {
      tenant
          .asAdmin()
          .queryParam("limit", limit)
          .get("/api/v1/agents")
          .then()
          .statusCode(422)
          .body("error.code", equalTo("validation_failed"))
          .body("error.details[0].field", equalTo("limit"));
    }
    tenant.asAdmin().queryParam("limit", 100).get("/api/v1/agents").then().statusCode(200);
    for (var cursor : List.of("garbage", "YzF8YWdlbnRzfHh8eXx6", "%%%")) {
      tenant
          .asAdmin()
          .queryParam("cursor", cursor)
          .get("/api/v1/agents")
          .then()
          .statusCode(422)
          .body("error.details[0].field", equalTo("cursor"));
    }
  }

  @Test
  void unknown_malformed_and_wrong_prefix_ids_are_404_agent_not_found() {
    var tenant = Tenant.open();
    var real = tenant.createAgent("Real");
    var unknown = "agt_01ARZ3NDEKTSV4RRFFQ69G5FAV";
    for (var id :
        List.of(
            unknown,
            "sess_01ARZ3NDEKTSV4RRFFQ69G5FAV",
            "agt_nope",
            "agt_" + "Z".repeat(26),
            "'; drop table agents; --")) {
      tenant
          .asAdmin()
          .get("/api/v1/agents/{id}", id)
          .then()
          .statusCode(404)
          .body("error.code", equalTo("agent_not_found"));
      tenant.asAdmin().delete("/api/v1/agents/{id}", id).then().statusCode(404);
    }
    tenant.asAdmin().get("/api/v1/agents/" + real).then().statusCode(200);
  }

  @Test
  void another_accounts_agent_is_indistinguishable_from_a_missing_one() {
    var owner = Tenant.open();
    var stranger = Tenant.open();
    var id = owner.createAgent("Private");

    var missing =
        stranger.asAdmin().get("/api/v1/agents/agt_01ARZ3NDEKTSV4RRFFQ69G5FAV").then().extract();
    stranger
        .asAdmin()
        .get("/api/v1/agents/" + id)
        .then()
        .statusCode(404)
        .body("error.code", equalTo("agent_not_found"));
    stranger.asAdmin().delete("/api/v1/agents/" + id).then().statusCode(404);
    stranger.asAdmin().get("/api/v1/agents").then().body("data.size()", equalTo(0));
    assertThat(missing.statusCode()).isEqualTo(404);
    owner.asAdmin().get("/api/v1/agents/" + id).then().statusCode(200);
  }

  @Test
  void members_may_create_but_not_delete_agents() {
    var tenant = Tenant.open();
    var member = tenant.memberCookie();
    var id =
        given()
            .cookie("masker_session", member)
            .contentType(ContentType.JSON)
            .body(Map.of("name", "By a member", "upstream", "stub"))
            .post("/api/v1/agents")
            .then()
            .statusCode(201)
            .extract()
            .<String>path("agent.id");

    given()
        .cookie("masker_session", member)
        .delete("/api/v1/agents/" + id)
        .then()
        .statusCode(403)
        .body("error.code", equalTo("forbidden"));
    tenant.asAdmin().get("/api/v1/agents/" + id).then().statusCode(200);
  }

  @Test
  void an_admin_deletes_an_agent_and_it_is_gone() {
    var tenant = Tenant.open();
    var id = tenant.createAgent("Short-lived");

    tenant.asAdmin().delete("/api/v1/agents/" + id).then().statusCode(204);

    tenant
        .asAdmin()
        .get("/api/v1/agents/" + id)
        .then()
        .statusCode(404)
        .body("error.code", equalTo("agent_not_found"));
    tenant.asAdmin().delete("/api/v1/agents/" + id).then().statusCode(404);
    tenant.createAgent("Short-lived");
  }
}
