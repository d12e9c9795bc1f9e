package dev.masker.server.health;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.masker.adapters.llm.UpstreamRouter;
import dev.masker.adapters.persistence.DatabaseDeadline;
import dev.masker.domain.masking.vault.TokenVault;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

/**
 * {@code GET /health} (SPEC §11), without authentication. Each component is {@code ok}, {@code
 * down}, or {@code not_built} when this server version does not have that part yet; the status is
 * {@code degraded} with 503 as soon as one component is down. The database and the vault are
 * checked at the same time, each within the request path's database deadline, so the answer comes
 * within that deadline (and a little) even when the database has stalled. Uptime counts from the
 * start of the process.
 */
@Path("/health")
@Produces(MediaType.APPLICATION_JSON)
public class HealthResource {
  static final String OK = "ok";
  static final String DOWN = "down";
  static final String NOT_BUILT = "not_built";
  private static final String PROBE_SCOPE = "health";
  private static final String PROBE_TOKEN = "probe";

  /** What the answer may take beyond the deadline: handing the checks over and back. */
  private static final Duration SLACK = Duration.ofMillis(250);

  private final DatabaseProbe database;
  private final TokenVault vault;
  private final UpstreamRouter upstream;
  private final Clock clock;
  private final Duration wait;
  private final BuildInfo build = BuildInfo.load();
  private final Instant started;
  private final ExecutorService checks;

  @Inject
  public HealthResource(
      DatabaseProbe database,
      TokenVault vault,
      UpstreamRouter upstream,
      Clock clock,
      DatabaseDeadline deadline) {
    this(
        database,
        vault,
        upstream,
        clock,
        deadline.deadline().plus(SLACK),
        Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime()));
  }

  HealthResource(
      DatabaseProbe database,
      TokenVault vault,
      UpstreamRouter upstream,
      Clock clock,
      Duration wait,
      Instant started) {
    this.database = database;
    this.vault = vault;
    this.upstream = upstream;
    this.clock = clock;
    this.wait = wait;
    this.started = started;
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
    var db = check(database::isUp);
    var tokenVault = check(this::vaultAnswers);
    var components = new LinkedHashMap<String, String>();
    components.put("db", outcome(db, until));
    components.put("vault", outcome(tokenVault, until));
    components.put("audit_log", NOT_BUILT);
    components.put("upstream", upstream.reachable() ? OK : DOWN);
    components.put("detector", DetectorCanary.finds() ? OK : DOWN);
    boolean healthy = !components.containsValue(DOWN);
    var body =
        new Health(
            healthy ? "ok" : "degraded",
            build.version(),
            Math.max(0, Duration.between(started, clock.instant()).toSeconds()),
            components,
            new Build(build.commit(), build.builtAt()));
    return Response.status(healthy ? 200 : 503).entity(body).build();
  }

  private CompletableFuture<Boolean> check(BooleanSupplier component) {
    try {
      return CompletableFuture.supplyAsync(component::getAsBoolean, checks);
    } catch (RejectedExecutionException busy) {
      // Health is asked faster than the database answers: that is an answer too.
      return CompletableFuture.completedFuture(false);
    }
  }

  private static String outcome(CompletableFuture<Boolean> check, long until) {
    try {
      return check.get(Math.max(0, until - System.nanoTime()), TimeUnit.NANOSECONDS) ? OK : DOWN;
    } catch (TimeoutException | ExecutionException e) {
      return DOWN;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return DOWN;
    }
  }

  private boolean vaultAnswers() {
    try {
      vault.get(PROBE_SCOPE, PROBE_TOKEN);
      return true;
    } catch (TokenVault.Unavailable e) {
      return false;
    }
  }

  @PreDestroy
  void stop() {
    checks.shutdownNow();
  }
}
