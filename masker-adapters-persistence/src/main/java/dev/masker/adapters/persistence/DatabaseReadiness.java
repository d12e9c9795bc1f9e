package dev.masker.adapters.persistence;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * {@code /q/health/ready} (and {@code /health}'s {@code db}): ready while PostgreSQL answers a
 * query within the request path's {@link DatabaseDeadline}, so a stalled database is down after the
 * deadline, not after it thaws. Quarkus' own data source check is switched off ({@code
 * quarkus.datasource.health.enabled}): it validates connections one after another with no bound on
 * the whole, so a stalled database could hold the probe for many seconds.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {
  /** The check's name, which {@code /health} reports as {@code db}. */
  public static final String NAME = "database";

  private final AgroalDataSource dataSource;
  private final DatabaseDeadline deadline;

  public DatabaseReadiness(AgroalDataSource dataSource, DatabaseDeadline deadline) {
    this.dataSource = dataSource;
    this.deadline = deadline;
  }

  @Override
  public HealthCheckResponse call() {
    return HealthCheckResponse.named(NAME).status(answers()).build();
  }

  private boolean answers() {
    try {
      return deadline.call(
          () -> {
            try (var connection = dataSource.getConnection();
                var statement = connection.createStatement();
                var result = statement.executeQuery("select 1")) {
              return result.next();
            }
          });
    } catch (SQLException | RuntimeException e) {
      return false;
    }
  }
}
