package dev.masker.server.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * {@code /q/health/ready} (and {@code /health}'s {@code detector}): ready while the detector finds
 * the values of {@link DetectorCanary}'s sentence. A server whose detector finds nothing would pass
 * every value upstream in clear.
 */
@Readiness
@ApplicationScoped
public class DetectorReadiness implements HealthCheck {
  public static final String NAME = "detector";

  @Override
  public HealthCheckResponse call() {
    return HealthCheckResponse.named(NAME).status(DetectorCanary.finds()).build();
  }
}
