package dev.masker.server.proxy;

import static dev.masker.server.proxy.ProxyUpstreamFailureTest.assertError;
import static dev.masker.server.proxy.ProxyUpstreamFailureTest.assertServesTheNextRequest;
import static dev.masker.server.proxy.WireUpstreamResource.fake;
import static org.assertj.core.api.Assertions.assertThat;

import dev.masker.adapters.persistence.TestDatabase;
import dev.masker.domain.common.MonotonicUlids;
import dev.masker.server.api.Tenant;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A frozen database (the relay holds every byte, as {@code kill -STOP} on PostgreSQL would): every
 * call that needs it answers within the request path's deadline instead of waiting for the thaw — a
 * proxy turn, streamed or not, with 503 {@code masking_unavailable} and nothing sent upstream,
 * {@code /health} and the readiness probe with 503, sign-in and the API with 503 {@code
 * service_unavailable} — and all of it works again once the database thaws.
 *
 * <p>The calls are made at the same time, so the test waits for the deadline once. How long each
 * took is checked against a generous bound, four times the deadline: a call that waited for the
 * database would take as long as the freeze, which lasts until the test ends it, so any bound well
 * above the deadline tells the two apart; four times leaves room for a loaded machine. Same Quarkus
 * start as the other proxy tests (same resources); the database is thawed after the test, and the
 * test waits until the server serves again before it ends.
 */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
@WithTestResource(WireUpstreamResource.class)
class DatabaseStallTest {
  private static final MonotonicUlids IDS = new MonotonicUlids();
  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  @AfterEach
  void thaw() throws Exception {
    TestDatabase.restore();
  }

  @AfterAll
  static void nothing_planted_reached_the_log_or_the_database() throws Exception {
    Hygiene.assertNoPlantedValueLeaked();
  }

  @Test
  void while_the_database_is_frozen_every_caller_gets_a_503_within_the_deadline_then_all_recovers()
      throws Exception {
    var agent = ProxyCalls.fakeAgent();
    assertServesTheNextRequest(agent);
    int before = fake().received(agent.model()).size();
    var tenant = Tenant.open();
    var login =
        "{\"email\":\"" + tenant.adminEmail() + "\",\"password\":\"" + Tenant.PASSWORD + "\"}";
    assertThat(get("/health").statusCode()).isEqualTo(200);

    TestDatabase.hold();
    var pool = Executors.newCachedThreadPool();
    try {
      var plain =
          timed(
              pool,
              () ->
                  ProxyCalls.post(
                      agent.id(),
                      ProxyCalls.request(
                          agent.model(), "This is " + Phi.DOCTOR + ", call " + Phi.PHONE_SPOKEN),
                      "Masker-Session-Id",
                      "stall-" + IDS.newUlid()));
      var streamed =
          timed(
              pool,
              () ->
                  ProxyCalls.post(
                      agent.id(),
                      ProxyCalls.request(agent.model(), "My number is " + Phi.PHONE_WRITTEN)
                          .put("stream", true),
                      "Masker-Session-Id",
                      "stall-" + IDS.newUlid()));
      var health = timed(pool, () -> get("/health"));
      var ready = timed(pool, () -> get("/q/health/ready"));
      var signIn = timed(pool, () -> post("/api/v1/auth/login", login, null));
      var agents = timed(pool, () -> get("/api/v1/agents", tenant.adminCookie()));

      for (var turn : List.of(plain.get(), streamed.get())) {
        assertError(turn.response(), 503, "masking_unavailable");
        assertThat(turn.took()).isLessThan(bound());
      }
      assertThat(fake().received(agent.model())).hasSize(before);

      var healthAnswer = health.get();
      assertThat(healthAnswer.response().statusCode()).isEqualTo(503);
      var body = ProxyCalls.parse(healthAnswer.response().body());
      assertThat(body.path("status").asText()).isEqualTo("degraded");
      assertThat(body.path("components").path("db").asText()).isEqualTo("down");
      assertThat(body.path("components").path("vault").asText()).isEqualTo("down");
      assertThat(body.path("components").path("detector").asText()).isEqualTo("ok");
      assertThat(healthAnswer.took()).isLessThan(bound());
      var readyAnswer = ready.get();
      assertThat(readyAnswer.response().statusCode()).isEqualTo(503);
      assertThat(ProxyCalls.parse(readyAnswer.response().body()).path("status").asText())
          .isEqualTo("DOWN");
      assertThat(readyAnswer.took()).isLessThan(bound());

      for (var answer : List.of(signIn.get(), agents.get())) {
        var response = answer.response();
        assertThat(response.statusCode()).as(response.body()).isEqualTo(503);
        var error = ProxyCalls.parse(response.body()).path("error");
        assertThat(error.path("code").asText()).isEqualTo("service_unavailable");
        assertThat(error.path("request_id").asText())
            .isEqualTo(response.headers().firstValue("X-Request-Id").orElseThrow());
        assertThat(response.headers().firstValue("Retry-After")).hasValue("1");
        assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(response.body()).doesNotContain("Exception", "SQL", "at org.");
        assertThat(answer.took()).isLessThan(bound());
      }
    } finally {
      pool.shutdownNow();
    }

    TestDatabase.release();
    awaitRecovery(() -> get("/health").statusCode() == 200);
    awaitRecovery(
        () ->
            ProxyCalls.post(agent.id(), ProxyCalls.request(agent.model(), "ping")).statusCode()
                == 200);
    assertServesTheNextRequest(agent);
    assertThat(get("/q/health/ready").statusCode()).isEqualTo(200);
    assertThat(post("/api/v1/auth/login", login, null).statusCode()).isEqualTo(204);
    assertThat(get("/api/v1/agents", tenant.adminCookie()).statusCode()).isEqualTo(200);
  }

  /** A response and how long it took to come. */
  private record Timed(HttpResponse<String> response, Duration took) {}

  /** Makes the call on a thread of {@code pool}, timing it. */
  private static Future<Timed> timed(ExecutorService pool, Supplier<HttpResponse<String>> call) {
    return pool.submit(
        () -> {
          long started = System.nanoTime();
          var response = call.get();
          return new Timed(response, Duration.ofNanos(System.nanoTime() - started));
        });
  }

  private static Duration bound() {
    var deadline = ConfigProvider.getConfig().getValue("masker.database-deadline-ms", Long.class);
    return Duration.ofMillis(4 * deadline);
  }

  /** The server serves again soon after the thaw; polls until it does, for at most 30 s. */
  private static void awaitRecovery(BooleanSupplier serves) {
    var limit = Instant.now().plus(Duration.ofSeconds(30));
    while (!serves.getAsBoolean()) {
      assertThat(Instant.now()).as("the server serves again after the thaw").isBefore(limit);
    }
  }

  private static HttpResponse<String> get(String path) {
    return get(path, null);
  }

  private static HttpResponse<String> get(String path, String cookie) {
    return send(request(path, cookie).GET());
  }

  private static HttpResponse<String> post(String path, String json, String cookie) {
    return send(
        request(path, cookie)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  private static HttpRequest.Builder request(String path, String cookie) {
    var request =
        HttpRequest.newBuilder(URI.create(ProxyCalls.server() + path))
            .timeout(Duration.ofSeconds(30));
    if (cookie != null) {
      request.header("Cookie", "masker_session=" + cookie);
    }
    return request;
  }

  private static HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
