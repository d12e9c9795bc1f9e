package dev.masker.server.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import dev.masker.adapters.persistence.TestDatabase;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The database goes away and comes back while the server runs: what needs it answers 503 (the
 * proxy's {@code masking_unavailable}, the API's {@code service_unavailable}), never 500.
 */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class DatabaseOutageTest {

  @AfterEach
  void databaseBack() throws Exception {
    TestDatabase.restore();
  }

  @Test
  void while_the_database_is_down_health_degrades_and_calls_fail_cleanly_then_all_recovers()
      throws Exception {
    var tenant = Tenant.open();
    var kept = tenant.createAgent("Created before the outage");

    TestDatabase.cut();

    given()
        .get("/health")
        .then()
        .statusCode(503)
        .body("status", equalTo("degraded"))
        .body("components.db", equalTo("down"))
        .body("components.vault", equalTo("down"));
    var failed = tenant.asAdmin().get("/api/v1/agents");
    failed
        .then()
        .statusCode(503)
        .header("Retry-After", "1")
        .body("error.code", equalTo("service_unavailable"))
        .body("error.request_id", startsWith("req_"));
    assertThat(failed.asString()).doesNotContain("Exception", "at org.", "SQL");
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("email", tenant.adminEmail(), "password", Tenant.PASSWORD))
        .post("/api/v1/auth/login")
        .then()
        .statusCode(503)
        .body("error.code", equalTo("service_unavailable"));
    given().get("/q/health/ready").then().statusCode(503);

    TestDatabase.restore();

    awaitUpTo(Duration.ofSeconds(30), () -> given().get("/health").statusCode() == 200);
    tenant.asAdmin().get("/api/v1/agents/" + kept).then().statusCode(200);
    tenant.createAgent("Created after the outage");
  }

  private static void awaitUpTo(Duration limit, BooleanSupplier condition) {
    var deadline = Instant.now().plus(limit);
    while (!condition.getAsBoolean()) {
      assertThat(Instant.now()).as("waited %s for recovery", limit).isBefore(deadline);
      Thread.onSpinWait();
    }
  }
}
