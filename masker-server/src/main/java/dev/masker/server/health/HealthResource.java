package dev.masker.server.health;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.masker.adapters.llm.UpstreamRouter;
import dev.masker.domain.masking.vault.TokenVault;
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
  private static final String PROBE_SCOPE = "health";
  private static final String PROBE_TOKEN = "probe";

  private final DatabaseProbe database;
  private final TokenVault vault;
  private final UpstreamRouter upstream;
  private final Clock clock;
  private final BuildInfo build = BuildInfo.load();
  private final Instant started;

  public HealthResource(
      DatabaseProbe database, TokenVault vault, UpstreamRouter upstream, Clock clock) {
    this.database = database;
    this.vault = vault;
    this.upstream = upstream;
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
    components.put("vault", vaultAnswers() ? OK : DOWN);
    components.put("audit_log", NOT_BUILT);
    components.put("upstream", upstream.reachable() ? OK : DOWN);
    components.put("detector", DetectorCanary.finds() ? OK : DOWN);
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

  private boolean vaultAnswers() {
    try {
      vault.get(PROBE_SCOPE, PROBE_TOKEN);
      return true;
    } catch (TokenVault.Unavailable e) {
      return false;
    }
  }
}
