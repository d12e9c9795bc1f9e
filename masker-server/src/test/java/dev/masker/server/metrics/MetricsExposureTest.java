package dev.masker.server.metrics;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.masker.adapters.persistence.TestDatabase;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import org.junit.jupiter.api.Test;

/**
 * Metrics name agents, and an agent id is the proxy's credential: they are served on the management
 * interface only, on the loopback address, never on the port the proxy listens on.
 */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class MetricsExposureTest {
  @Test
  void the_main_port_serves_no_metrics_and_the_management_port_on_loopback_does() {
    var onMainPort = given().get("/q/metrics");
    onMainPort.then().statusCode(404);
    assertThat(onMainPort.asString()).doesNotContain("masker_").doesNotContain("jvm_");
    assertThat(given().get("/metrics").statusCode()).isEqualTo(404);

    var management = URI.create(Scrape.managementUrl());
    assertThat(management.getHost()).isEqualTo("127.0.0.1");
    assertThat(management.getPort()).isNotEqualTo(io.restassured.RestAssured.port);
    assertThat(Scrape.metrics()).contains("jvm_memory_used_bytes");
  }

  @Test
  void the_probes_stay_on_the_main_port_where_a_kubernetes_probe_reaches_them() {
    given().get("/q/health/live").then().statusCode(200);
    given().get("/q/health/ready").then().statusCode(200);
    given().get("/health").then().statusCode(200);
  }
}
