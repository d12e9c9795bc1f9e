package dev.masker.server.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What {@code /health} answers for each state of its checks and of the upstreams. */
class HealthResourceTest {
  private final CountDownLatch never = new CountDownLatch(1);

  @AfterEach
  void unblock() {
    never.countDown();
  }

  private static HealthCheck check(String name, boolean up) {
    return () -> HealthCheckResponse.named(name).status(up).build();
  }

  private HealthCheck stalled() {
    return () -> {
      try {
        never.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return HealthCheckResponse.up("database");
    };
  }

  private static HealthResource.Health body(
      List<HealthCheck> checks, boolean upstreamReachable, int status) {
    return body(checks, upstreamReachable, "ok", status);
  }

  private static HealthResource.Health body(
      List<HealthCheck> checks, boolean upstreamReachable, String auditLog, int status) {
    var resource =
        new HealthResource(
            checks, () -> upstreamReachable, () -> auditLog, () -> 42_700, Duration.ofMillis(200));
    try {
      var response = resource.health();
      assertThat(response.getStatus()).isEqualTo(status);
      return (HealthResource.Health) response.getEntity();
    } finally {
      resource.stop();
    }
  }

  @Test
  void all_checks_up_is_ok_with_every_component_of_the_spec() {
    var health =
        body(
            List.of(check("database", true), check("vault", true), check("detector", true)),
            true,
            200);

    assertThat(health.status()).isEqualTo("ok");
    assertThat(health.uptimeSeconds()).isEqualTo(42);
    assertThat(health.components())
        .containsExactly(
            java.util.Map.entry("db", "ok"),
            java.util.Map.entry("vault", "ok"),
            java.util.Map.entry("audit_log", "ok"),
            java.util.Map.entry("upstream", "ok"),
            java.util.Map.entry("detector", "ok"));
  }

  @Test
  void quarkus_shutdown_check_is_no_component_while_the_server_runs() {
    var health =
        body(
            List.of(
                check("database", true),
                check("vault", true),
                check("detector", true),
                check(HealthResource.STOPPING_CHECK, true)),
            true,
            200);

    assertThat(health.status()).isEqualTo("ok");
    assertThat(health.components())
        .containsOnlyKeys("db", "vault", "audit_log", "upstream", "detector");
  }

  @Test
  void a_stopping_server_is_degraded_with_503_like_its_readiness() {
    var health =
        body(
            List.of(
                check("database", true),
                check("vault", true),
                check("detector", true),
                check(HealthResource.STOPPING_CHECK, false)),
            true,
            503);

    assertThat(health.status()).isEqualTo("degraded");
    assertThat(health.components())
        .containsOnlyKeys("db", "vault", "audit_log", "upstream", "detector")
        .containsValues("ok");
  }

  @Test
  void a_broken_audit_chain_is_reported_but_leaves_the_server_ok() {
    var health =
        body(
            List.of(check("database", true), check("vault", true), check("detector", true)),
            true,
            "down",
            200);

    assertThat(health.status()).isEqualTo("ok");
    assertThat(health.components()).containsEntry("audit_log", "down");
  }

  @Test
  void an_unreachable_upstream_is_reported_but_leaves_the_server_ok() {
    var health =
        body(
            List.of(check("database", true), check("vault", true), check("detector", true)),
            false,
            200);

    assertThat(health.status()).isEqualTo("ok");
    assertThat(health.components()).containsEntry("upstream", "unreachable");
  }

  @Test
  void a_readiness_check_down_makes_the_server_degraded_with_503() {
    var health =
        body(
            List.of(check("database", true), check("vault", false), check("detector", true)),
            true,
            503);

    assertThat(health.status()).isEqualTo("degraded");
    assertThat(health.components()).containsEntry("vault", "down").containsEntry("db", "ok");
  }

  @Test
  void a_check_that_does_not_answer_in_time_is_down() {
    var health = body(List.of(stalled(), check("vault", true), check("detector", true)), true, 503);

    assertThat(health.components()).containsEntry("db", "down").containsEntry("vault", "ok");
  }

  @Test
  void a_check_that_throws_is_down() {
    HealthCheck broken =
        () -> {
          throw new IllegalStateException("broken");
        };
    var health = body(List.of(check("database", true), check("vault", true), broken), true, 503);

    assertThat(health.components()).containsEntry("detector", "down");
  }
}
