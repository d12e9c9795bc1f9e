package dev.masker.server.health;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.masker.application.port.out.UpstreamReachability;
import dev.masker.server.ServerSettings;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * {@code GET /health} (SPEC §11), without authentication. The components are the server's readiness
 * checks — the same {@code @Readiness} beans as {@code /q/health/ready}: {@code db}, {@code vault},
 * {@code detector} — each {@code ok} or {@code down}; {@code audit_log}, {@code ok} or {@code down}
 * as the start-up check of the audit chains found them ({@link AuditLogCheck}); and {@code
 * upstream}, {@code ok} or {@code unreachable}. The last two are information only: a broken chain
 * is evidence for an auditor, and taking the proxy out of rotation for it would stop every call.
 * The status is {@code degraded} with 503 as soon as a readiness check is down; an unreachable
 * upstream leaves it {@code ok} with 200, because one agent pointed at a dead provider must not
 * take a server that serves every other agent out of rotation. A server stopping (SIGTERM) is
 * {@code degraded} with 503 too, as {@code /q/health/ready} is, with no component of its own.
 *
 * <p>The checks run at the same time, each within the request path's database deadline, so the
 * answer comes within that deadline (and a little) even when the database has stalled. Uptime
 * counts from the start of the process.
 */
@Path("/health")
@Produces(MediaType.APPLICATION_JSON)
public class HealthResource {
  static final String OK = "ok";
  static final String DOWN = "down";
  static final String UNREACHABLE = "unreachable";

  /** What {@code /health} calls each readiness check; others keep their own name. */
  private static final Map<String, String> COMPONENTS =
      Map.of("database", "db", VaultReadiness.NAME, "vault", DetectorReadiness.NAME, "detector");

  /**
   * Quarkus' readiness check that goes down on SIGTERM (docs/replicas.md): not a component, but a
   * stopping server is not ready here either.
   */
  static final String STOPPING_CHECK = "Graceful Shutdown";

  /** Components that do not make the server degraded: information only. */
  private static final Set<String> INFORMATION = Set.of("audit_log", "upstream");

  /** What the answer may take beyond the deadline: handing the checks over and back. */
  private static final Duration SLACK = Duration.ofMillis(250);

  private final List<HealthCheck> readiness;
  private final UpstreamReachability upstream;
  private final Supplier<String> auditLog;

  /** Milliseconds since the process started, on the JVM's monotonic clock (not the wall clock). */
  private final LongSupplier uptimeMillis;

  private final Duration wait;
  private final BuildInfo build = BuildInfo.load();
  private final ExecutorService checks;

  @Inject
  public HealthResource(
      @Readiness Instance<HealthCheck> readiness,
      UpstreamReachability upstream,
      AuditLogCheck auditLog,
      ServerSettings settings) {
    this(
        readiness.stream().toList(),
        upstream,
        auditLog::component,
        ManagementFactory.getRuntimeMXBean()::getUptime,
        Duration.ofMillis(settings.databaseDeadlineMs()).plus(SLACK));
  }

  HealthResource(
      List<HealthCheck> readiness,
      UpstreamReachability upstream,
      Supplier<String> auditLog,
      LongSupplier uptimeMillis,
      Duration wait) {
    this.readiness = List.copyOf(readiness);
    this.upstream = upstream;
    this.auditLog = auditLog;
    this.uptimeMillis = uptimeMillis;
    this.wait = wait;
    var numbers = new AtomicInteger();
    var pool =
        new ThreadPoolExecutor(
            4,
            4,
            30,
            TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(64),
            task -> {
              var thread = new Thread(task, "masker-health-" + numbers.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
    pool.allowCoreThreadTimeOut(true);
    this.checks = pool;
  }

  public record Build(String commit, @JsonProperty("built_at") String builtAt) {}

  public record Health(
      String status,
      String version,
      @JsonProperty("uptime_seconds") long uptimeSeconds,
      Map<String, String> components,
      Build build) {}

  @GET
  public Response health() {
    long until = System.nanoTime() + wait.toNanos();
    var running = new ArrayList<CompletableFuture<HealthCheckResponse>>();
    for (var check : readiness) {
      running.add(start(check));
    }
    // Down until its check says it is up: a check that fails or does not answer in time is down.
    var components = new LinkedHashMap<String, String>();
    components.put("db", DOWN);
    components.put("vault", DOWN);
    components.put("audit_log", auditLog.get());
    components.put("upstream", upstream.reachable() ? OK : UNREACHABLE);
    components.put("detector", DOWN);
    boolean allAnswered = true;
    boolean stopping = false;
    for (var check : running) {
      var response = outcome(check, until);
      if (response == null) {
        allAnswered = false;
        continue;
      }
      var up = response.getStatus() == HealthCheckResponse.Status.UP;
      if (response.getName().equals(STOPPING_CHECK)) {
        stopping = !up;
        continue;
      }
      components.put(
          COMPONENTS.getOrDefault(response.getName(), response.getName()), up ? OK : DOWN);
    }
    boolean healthy =
        allAnswered
            && !stopping
            && components.entrySet().stream()
                .filter(c -> !INFORMATION.contains(c.getKey()))
                .allMatch(c -> c.getValue().equals(OK));
    var body =
        new Health(
            healthy ? "ok" : "degraded",
            build.version(),
            Math.max(0, uptimeMillis.getAsLong() / 1000),
            components,
            new Build(build.commit(), build.builtAt()));
    return Response.status(healthy ? 200 : 503).entity(body).build();
  }

  private CompletableFuture<HealthCheckResponse> start(HealthCheck check) {
    try {
      return CompletableFuture.supplyAsync(check::call, checks);
    } catch (RejectedExecutionException busy) {
      // Health is asked faster than the checks answer: that is an answer too.
      return CompletableFuture.completedFuture(null);
    }
  }

  /** The check's answer, or null when it failed or did not answer in time. */
  private static HealthCheckResponse outcome(
      CompletableFuture<HealthCheckResponse> check, long until) {
    try {
      return check.get(Math.max(0, until - System.nanoTime()), TimeUnit.NANOSECONDS);
    } catch (TimeoutException | ExecutionException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }

  @PreDestroy
  void stop() {
    checks.shutdownNow();
  }
}
