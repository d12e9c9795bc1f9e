package dev.masker.server.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * {@code /q/health/ready}: ready while the database answers within the request path's deadline.
 * Quarkus' own data source check is switched off ({@code quarkus.datasource.health.enabled}): it
 * validates connections one after another with no bound on the whole, so a stalled database could
 * hold the probe for many seconds.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {
  private final DatabaseProbe database;

  public DatabaseReadiness(DatabaseProbe database) {
    this.database = database;
  }

  @Override
  public HealthCheckResponse call() {
    return HealthCheckResponse.named("database").status(database.isUp()).build();
  }
}
