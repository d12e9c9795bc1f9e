package dev.masker.server.health;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code GET /health} (SPEC §11), without authentication. Each component is {@code ok}, {@code
 * down}, or {@code not_built} when this server version does not have that part yet; the status is
 * {@code degraded} with 503 as soon as one component is down.
 */
@Path("/health")
@Produces(MediaType.APPLICATION_JSON)
public class HealthResource {
  static final String OK = "ok";
  static final String DOWN = "down";
  static final String NOT_BUILT = "not_built";

  private final DatabaseProbe database;
  private final Clock clock;
  private final BuildInfo build = BuildInfo.load();
  private final Instant started;

  public HealthResource(DatabaseProbe database, Clock clock) {
    this.database = database;
    this.clock = clock;
    this.started = clock.instant();
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
    var components = new LinkedHashMap<String, String>();
    components.put("db", database.isUp() ? OK : DOWN);
    components.put("vault", NOT_BUILT);
    components.put("audit_log", NOT_BUILT);
    components.put("upstream", NOT_BUILT);
    components.put("detector", NOT_BUILT);
    boolean healthy = !components.containsValue(DOWN);
    var body =
        new Health(
            healthy ? "ok" : "degraded",
            build.version(),
            Duration.between(started, clock.instant()).toSeconds(),
            components,
            new Build(build.commit(), build.builtAt()));
    return Response.status(healthy ? 200 : 503).entity(body).build();
  }
}
