package dev.masker.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.masker.adapters.persistence.TestDatabase;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The exact shape of every {@code /api/v1} answer: the field names, in order, and which fields are
 * present as {@code null} rather than left out. A client that reads the JSON by position or checks
 * for a key sees no change when the code behind an answer changes.
 */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class ApiShapesTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> AGENT =
      List.of(
          "id",
          "name",
          "upstream",
          "tokenization",
          "policy_name",
          "policy_version",
          "proxy_url",
          "proxy_base_url",
          "webhook_url",
          "require_proxy_key",
          "created_at",
          "updated_at");

  @Test
  void a_created_agent_has_every_field_its_webhook_secret_and_the_proxy_key_only_when_required() {
    var tenant = Tenant.open();

    var plain =
        read(
            tenant
                .asAdmin()
                .contentType(ContentType.JSON)
                .body(Map.of("name", "Plain", "upstream", "stub"))
                .post("/api/v1/agents")
                .then()
                .statusCode(201)
                .extract()
                .asString());
    var keyed =
        read(
            tenant
                .asAdmin()
                .contentType(ContentType.JSON)
                .body(Map.of("name", "Keyed", "upstream", "stub", "require_proxy_key", true))
                .post("/api/v1/agents")
                .then()
                .statusCode(201)
                .extract()
                .asString());

    assertThat(names(plain)).containsExactly("agent");
    var withSecret = new ArrayList<>(detailed());
    withSecret.add("webhook_secret");
    assertThat(names(plain.get("agent"))).containsExactlyElementsOf(withSecret);
    assertThat(plain.get("agent").get("vapi_assistant").isNull()).isTrue();
    assertThat(plain.get("agent").get("policy_version").isInt()).isTrue();
    assertThat(plain.get("agent").get("require_proxy_key").isBoolean()).isTrue();
    var withKey = new ArrayList<>(detailed());
    withKey.add("proxy_key");
    withKey.add("webhook_secret");
    assertThat(names(keyed.get("agent"))).containsExactlyElementsOf(withKey);
  }

  @Test
  void a_read_agent_has_its_policy_yaml_and_assistant_and_no_proxy_key() {
    var tenant = Tenant.open();
    var id =
        tenant
            .asAdmin()
            .contentType(ContentType.JSON)
            .body(
                "{\"name\":\"Voice\",\"upstream\":\"stub\",\"require_proxy_key\":true,"
                    + "\"vapi_assistant\":{\"firstMessage\":\"Hello\",\"n\":1.5}}")
            .post("/api/v1/agents")
            .then()
            .statusCode(201)
            .extract()
            .<String>path("agent.id");

    var read =
        tenant.asAdmin().get("/api/v1/agents/" + id).then().statusCode(200).extract().asString();

    var agent = read(read).get("agent");
    assertThat(names(read(read))).containsExactly("agent");
    var withStats = new ArrayList<>(detailed());
    withStats.add("stats");
    assertThat(names(agent)).containsExactlyElementsOf(withStats);
    assertThat(names(agent.get("stats")))
        .containsExactly(
            "session_count_24h",
            "session_count_7d",
            "redaction_count_24h",
            "p50_latency_ms",
            "p95_latency_ms");
    assertThat(agent.get("stats").get("p50_latency_ms").isNull()).isTrue();
    assertThat(agent.get("vapi_assistant").toString())
        .isEqualTo("{\"firstMessage\":\"Hello\",\"n\":1.5}");
  }

  @Test
  void a_page_of_agents_has_data_and_next_cursor_and_each_item_its_session_count() {
    var tenant = Tenant.open();
    tenant.createAgent("One");
    tenant.createAgent("Two");

    var first =
        read(
            tenant
                .asAdmin()
                .queryParam("limit", 1)
                .get("/api/v1/agents")
                .then()
                .statusCode(200)
                .extract()
                .asString());
    var last =
        read(
            tenant
                .asAdmin()
                .queryParam("limit", 5)
                .get("/api/v1/agents")
                .then()
                .statusCode(200)
                .extract()
                .asString());

    assertThat(names(first)).containsExactly("data", "next_cursor");
    assertThat(first.get("next_cursor").isTextual()).isTrue();
    assertThat(names(last)).containsExactly("data", "next_cursor");
    assertThat(last.get("next_cursor").isNull()).isTrue();
    var item = new ArrayList<>(AGENT);
    item.add("session_count_24h");
    for (var agent : last.get("data")) {
      assertThat(names(agent)).containsExactlyElementsOf(item);
      assertThat(agent.get("session_count_24h").isIntegralNumber()).isTrue();
    }
  }

  @Test
  void me_has_the_user_the_account_and_the_permissions_with_unknown_fields_as_null() {
    var tenant = Tenant.open();

    var me = read(tenant.asAdmin().get("/api/v1/me").then().statusCode(200).extract().asString());

    assertThat(names(me)).containsExactly("user", "account", "permissions");
    assertThat(names(me.get("user")))
        .containsExactly(
            "id", "email", "name", "github_login", "role", "created_at", "last_seen_at");
    assertThat(me.get("user").get("name").isNull()).isTrue();
    assertThat(me.get("user").get("github_login").isNull()).isTrue();
    assertThat(names(me.get("account"))).containsExactly("id", "name", "plan", "created_at");
    assertThat(me.get("permissions").isArray()).isTrue();
  }

  @Test
  void an_added_user_has_four_fields_and_the_initial_password_only_when_generated() {
    var tenant = Tenant.open();

    var chosen =
        read(
            tenant
                .asAdmin()
                .contentType(ContentType.JSON)
                .body(
                    Map.of(
                        "email",
                        "chosen@clinic.example",
                        "role",
                        "member",
                        "password",
                        Tenant.PASSWORD))
                .post("/api/v1/users")
                .then()
                .statusCode(201)
                .extract()
                .asString());
    var generated =
        read(
            tenant
                .asAdmin()
                .contentType(ContentType.JSON)
                .body(Map.of("email", "generated@clinic.example", "role", "member"))
                .post("/api/v1/users")
                .then()
                .statusCode(201)
                .extract()
                .asString());

    assertThat(names(chosen)).containsExactly("user");
    assertThat(names(chosen.get("user"))).containsExactly("id", "email", "role", "created_at");
    assertThat(names(generated)).containsExactly("user", "initial_password");
  }

  private static List<String> detailed() {
    var names = new ArrayList<>(AGENT);
    names.add("policy_yaml");
    names.add("vapi_assistant");
    return names;
  }

  private static JsonNode read(String body) {
    try {
      return JSON.readTree(body);
    } catch (java.io.IOException e) {
      throw new AssertionError("not JSON: " + body, e);
    }
  }

  private static List<String> names(JsonNode node) {
    var names = new ArrayList<String>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
