package dev.masker.server.deploy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.masker.adapters.persistence.TestDatabase;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The probe paths of {@code deploy/} (the image's HEALTHCHECK, the Deployment's probes) asked of
 * the running server: each answers 200 UP, the liveness ones without a database check (a database
 * outage must not restart every replica), the readiness one with it (a replica that cannot reach
 * the database is taken out of the load balancer).
 */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class DeployProbesTest {
  @Test
  void the_liveness_probes_are_the_servers_liveness_check() {
    var probes = DeployFiles.livenessProbes();
    assertThat(probes).containsKeys("HEALTHCHECK", "livenessProbe", "startupProbe");
    probes.forEach(
        (where, path) ->
            assertThat(checks(path))
                .as("%s (%s) does not depend on the database", where, path)
                .isNotNull()
                .doesNotContain("database"));
  }

  @Test
  void the_readiness_probe_is_the_servers_readiness_check() {
    DeployFiles.readinessProbes()
        .forEach(
            (where, path) ->
                assertThat(checks(path))
                    .as("%s (%s) checks the database, vault and detector", where, path)
                    .contains("database", "vault", "detector"));
  }

  /** The names of the checks of a probe the running server answers 200 UP. */
  private static List<String> checks(String path) {
    var answer = given().get(path).then().statusCode(200).extract().jsonPath();
    assertThat(answer.getString("status")).as(path).isEqualTo("UP");
    return answer.getList("checks.name", String.class);
  }
}
