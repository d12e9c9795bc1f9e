package dev.masker.server.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.masker.adapters.persistence.TestDatabase;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class ApiConventionsTest {
  private static final String REQUEST_ID = "req_[0-9A-HJKMNP-TV-Z]{26}";

  @Test
  void every_answer_carries_a_request_id_and_errors_repeat_it() {
    var ok = given().get("/health");
    var error = given().get("/api/v1/me");

    assertThat(ok.header("X-Request-Id")).matches(REQUEST_ID);
    assertThat(error.header("X-Request-Id")).matches(REQUEST_ID);
    assertThat(error.<String>path("error.request_id")).isEqualTo(error.header("X-Request-Id"));
    assertThat(ok.header("X-Request-Id")).isNotEqualTo(error.header("X-Request-Id"));
  }

  @Test
  void an_unknown_path_is_a_404_in_the_error_envelope() {
    var tenant = Tenant.open();

    var response = tenant.asAdmin().get("/api/v1/no-such-thing");

    response.then().statusCode(404).body("error.code", equalTo("not_found"));
    assertThat(response.<String>path("error.request_id"))
        .isEqualTo(response.header("X-Request-Id"));
  }

  @Test
  void a_body_that_is_not_json_is_a_422_and_the_server_keeps_serving() {
    var tenant = Tenant.open();

    for (var garbage :
        new String[] {"{", "not json", "[1,2", "{\"name\": \"a\",}", "\"just a string\""}) {
      tenant
          .asAdmin()
          .contentType(ContentType.JSON)
          .body(garbage)
          .post("/api/v1/agents")
          .then()
          .statusCode(422)
          .body("error.code", equalTo("validation_failed"));
    }
    tenant.createAgent("Still serving");
  }

  @Test
  void a_body_sent_as_something_other_than_json_is_a_415() {
    var tenant = Tenant.open();

    tenant
        .asAdmin()
        .contentType(ContentType.TEXT)
        .body("name=Front desk")
        .post("/api/v1/agents")
        .then()
        .statusCode(415)
        .body("error.code", equalTo("unsupported_media_type"));
  }

  @Test
  void a_body_over_the_limit_is_a_413_in_the_error_envelope() {
    var tenant = Tenant.open();
    var huge = "{\"name\": \"" + "x".repeat(2 * 1024 * 1024) + "\", \"upstream\": \"stub\"}";

    var response = tenant.asAdmin().contentType(ContentType.JSON).body(huge).post("/api/v1/agents");

    response
        .then()
        .statusCode(413)
        .body("error.code", equalTo("payload_too_large"))
        .body("error.request_id", equalTo(response.header("X-Request-Id")));
    tenant.createAgent("Still serving after a huge body");
  }

  @Test
  void internal_messages_carry_no_stack_trace() {
    var tenant = Tenant.open();

    var response =
        tenant
            .asAdmin()
            .contentType(ContentType.JSON)
            .body("{\"name\": [1]}")
            .post("/api/v1/agents");

    response.then().statusCode(422);
    assertThat(response.asString()).doesNotContain("at dev.masker", "Exception", "jackson");
  }
}
