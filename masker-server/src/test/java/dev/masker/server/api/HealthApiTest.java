package dev.masker.server.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import dev.masker.adapters.persistence.TestDatabase;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class HealthApiTest {
  @Test
  void health_reports_real_checks_of_the_database_vault_upstream_and_detector() {
    given()
        .get("/health")
        .then()
        .statusCode(200)
        .body("status", equalTo("ok"))
        .body("version", equalTo("0.1.0-SNAPSHOT"))
        .body("uptime_seconds", greaterThanOrEqualTo(0))
        .body("components.db", equalTo("ok"))
        .body("components.vault", equalTo("ok"))
        .body("components.audit_log", equalTo("ok"))
        .body("components.upstream", equalTo("ok"))
        .body("components.detector", equalTo("ok"))
        .body("build.commit", notNullValue())
        .body("build.built_at", notNullValue());
  }

  @Test
  void uptime_counts_from_the_start_of_the_process() {
    var jvm = ManagementFactory.getRuntimeMXBean();
    long before = jvm.getUptime() / 1000;

    int uptime = given().get("/health").then().statusCode(200).extract().path("uptime_seconds");

    long after = (jvm.getUptime() + 999) / 1000;
    // Quarkus started in this JVM some seconds after the JVM did; a count from the first health
    // call would be near zero here.
    assertThat((long) uptime).isBetween(before, after);
    assertThat(before).isPositive();
  }

  @Test
  void the_standard_probes_answer_and_readiness_checks_the_database_vault_and_detector() {
    given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    given()
        .get("/q/health/ready")
        .then()
        .statusCode(200)
        .body("status", equalTo("UP"))
        .body("checks.name", hasItems("database", "vault", "detector"))
        .body("checks.name", not(hasItem("upstream")))
        .body("checks.status", everyItem(equalTo("UP")));
  }
}
