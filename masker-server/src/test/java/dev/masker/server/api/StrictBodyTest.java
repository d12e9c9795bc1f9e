package dev.masker.server.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.masker.adapters.persistence.TestDatabase;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code /api/v1} bodies and queries mean one thing and are stored as sent, or are refused with 422
 * {@code validation_failed} naming the field (issue 9, "also found").
 */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class StrictBodyTest {
  private static final String REQUEST_ID = "req_[0-9A-HJKMNP-TV-Z]{26}";

  @Test
  void a_key_given_twice_is_refused_at_the_top_and_inside_a_free_form_object() {
    var tenant = Tenant.open();

    assertRefused(
        post(tenant, "{\"name\":\"First\",\"name\":\"Second\",\"upstream\":\"stub\"}"),
        "name",
        "is given twice");
    assertRefused(
        post(
            tenant,
            "{\"name\":\"Twice\",\"upstream\":\"stub\","
                + "\"vapi_assistant\":{\"model\":\"a\",\"model\":\"b\"}}"),
        "vapi_assistant.model",
        "is given twice");
    assertRefused(
        io.restassured.RestAssured.given()
            .contentType(ContentType.JSON)
            .body(
                "{\"email\":\"a@clinic.example\",\"email\":\"b@clinic.example\",\"password\":\"x\"}")
            .post("/api/v1/auth/login"),
        "email",
        "is given twice");
    assertNoAgentNamed(tenant, "First", "Second", "Twice");
  }

  @Test
  void a_number_or_boolean_is_not_taken_for_text_nor_text_or_a_number_for_a_boolean() {
    var tenant = Tenant.open();

    assertRefused(post(tenant, "{\"name\":123,\"upstream\":\"stub\"}"), "name", "must be a string");
    assertRefused(
        post(tenant, "{\"name\":\"Typed\",\"upstream\":true}"), "upstream", "must be a string");
    assertRefused(
        post(tenant, "{\"name\":\"Typed\",\"upstream\":\"stub\",\"tokenization\":1.5}"),
        "tokenization",
        "must be a string");
    for (var notBoolean : List.of("\"true\"", "1", "0", "\"\"")) {
      assertRefused(
          post(
              tenant,
              "{\"name\":\"Typed\",\"upstream\":\"stub\",\"require_proxy_key\":"
                  + notBoolean
                  + "}"),
          "require_proxy_key",
          "must be true or false");
    }
    assertNoAgentNamed(tenant, "123", "Typed");
  }

  @Test
  void a_lone_surrogate_escaped_or_encoded_and_bytes_that_are_not_utf8_are_refused() {
    var tenant = Tenant.open();

    assertRefused(
        post(tenant, "{\"name\":\"Front\\ud800desk\",\"upstream\":\"stub\"}"),
        "name",
        "must be well-formed Unicode text (a lone surrogate)");
    assertRefused(
        post(tenant, "{\"name\":\"Front\\udc00\\ud800desk\",\"upstream\":\"stub\"}"),
        "name",
        "must be well-formed Unicode text (a lone surrogate)");
    assertRefused(
        post(
            tenant,
            "{\"name\":\"Nested\",\"upstream\":\"stub\",\"vapi_assistant\":{\"a\":[\"\\ud800\"]}}"),
        "vapi_assistant",
        "must be well-formed Unicode text (a lone surrogate)");
    assertRefused(
        post(
            tenant,
            "{\"name\":\"Nested\",\"upstream\":\"stub\",\"vapi_assistant\":{\"\\udfff\":1}}"),
        "vapi_assistant",
        "must be well-formed Unicode text (a lone surrogate)");
    // U+D800 encoded as UTF-8 bytes (ED A0 80), which UTF-8 forbids, and bytes that are no UTF-8.
    for (var bad :
        List.of(
            new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
            new byte[] {(byte) 0xFF, (byte) 0xFE})) {
      var response = postBytes(tenant, "{\"name\":\"Raw", bad, "\",\"upstream\":\"stub\"}");
      response.then().statusCode(422).body("error.code", equalTo("validation_failed"));
      assertThat(response.<String>path("error.details[0].field")).isIn("name", "body");
    }
    assertNoAgentNamed(tenant, "Front?desk", "Nested", "Raw");

    var paired = "Front desk \uD83D\uDD11";
    tenant
        .asAdmin()
        .contentType(ContentType.JSON)
        .body("{\"name\":\"Front desk \\ud83d\\udd11\",\"upstream\":\"stub\"}")
        .post("/api/v1/agents")
        .then()
        .statusCode(201)
        .body("agent.name", equalTo(paired));
  }

  @Test
  void a_name_filter_with_a_nul_or_another_control_character_is_refused_and_the_list_still_works() {
    var tenant = Tenant.open();
    tenant.createAgent("Billing line");

    for (var filter : List.of("%00", "bill%00", "%1B", "%7F")) {
      var response =
          tenant.asAdmin().urlEncodingEnabled(false).get("/api/v1/agents?name_contains=" + filter);
      assertRefused(response, "name_contains", "must not contain control characters");
    }
    tenant
        .asAdmin()
        .get("/api/v1/agents?name_contains=bill")
        .then()
        .statusCode(200)
        .body("data[0].name", equalTo("Billing line"));
  }

  @Test
  void a_password_of_spaces_or_padded_with_spaces_is_refused() {
    var tenant = Tenant.open();

    for (var password : List.of("            ", " ".repeat(40), "   short     ")) {
      var response =
          tenant
              .asAdmin()
              .contentType(ContentType.JSON)
              .body(
                  java.util.Map.of(
                      "email", "spaces@clinic.example", "role", "member", "password", password))
              .post("/api/v1/users");
      assertThat(response.<String>path("error.details[0].field")).isEqualTo("password");
      response.then().statusCode(422).body("error.code", equalTo("validation_failed"));
    }
    tenant
        .asAdmin()
        .contentType(ContentType.JSON)
        .body(
            java.util.Map.of(
                "email", "spaces@clinic.example", "role", "member", "password", " twelve chars "))
        .post("/api/v1/users")
        .then()
        .statusCode(201);
  }

  private static Response post(Tenant tenant, String json) {
    return tenant.asAdmin().contentType(ContentType.JSON).body(json).post("/api/v1/agents");
  }

  private static Response postBytes(Tenant tenant, String before, byte[] middle, String after) {
    var body = new ByteArrayOutputStream();
    body.writeBytes(before.getBytes(StandardCharsets.UTF_8));
    body.writeBytes(middle);
    body.writeBytes(after.getBytes(StandardCharsets.UTF_8));
    return tenant
        .asAdmin()
        .contentType("application/json")
        .body(body.toByteArray())
        .post("/api/v1/agents");
  }

  private static void assertRefused(Response response, String field, String issue) {
    assertThat(response.statusCode()).as(response.asString()).isEqualTo(422);
    assertThat(response.<String>path("error.code")).isEqualTo("validation_failed");
    assertThat(response.<String>path("error.details[0].field"))
        .as(response.asString())
        .isEqualTo(field);
    assertThat(response.<String>path("error.details[0].issue"))
        .as(response.asString())
        .isEqualTo(issue);
    assertThat(response.header("X-Request-Id")).matches(REQUEST_ID);
    assertThat(response.<String>path("error.request_id"))
        .isEqualTo(response.header("X-Request-Id"));
  }

  private static void assertNoAgentNamed(Tenant tenant, String... names) {
    var listed = tenant.asAdmin().get("/api/v1/agents?limit=100").then().statusCode(200).extract();
    assertThat(listed.jsonPath().getList("data.name", String.class)).doesNotContain(names);
  }
}
