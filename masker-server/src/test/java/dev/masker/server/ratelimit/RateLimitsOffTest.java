package dev.masker.server.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masker.adapters.persistence.TestDatabase;
import dev.masker.server.api.Tenant;
import dev.masker.server.proxy.ProxyCalls;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Self-hosted, limits are off unless turned on: the test configuration sets the same small sizes as
 * {@link RateLimitApiTest} (three at once) without turning them on, and nothing is refused.
 */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class RateLimitsOffTest {
  @Test
  void without_masker_rate_limit_enabled_no_request_is_refused() {
    var tenant = Tenant.open();
    var agent =
        tenant
            .asAdmin()
            .contentType(ContentType.JSON)
            .body(Map.of("name", "Front desk", "upstream", "stub"))
            .post("/api/v1/agents")
            .then()
            .statusCode(201)
            .extract()
            .<String>path("agent.id");

    for (int i = 0; i < 12; i++) {
      tenant.asAdmin().get("/api/v1/me").then().statusCode(200);
      var turn =
          ProxyCalls.post(
              agent,
              "{\"model\":\"any\",\"messages\":[{\"role\":\"user\",\"content\":\"Hello\"}]}");
      assertThat(turn.statusCode()).as(turn.body()).isEqualTo(200);
    }
  }
}
