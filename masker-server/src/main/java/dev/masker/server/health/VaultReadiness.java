package dev.masker.server.health;

import dev.masker.domain.masking.vault.TokenVault;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * {@code /q/health/ready} (and {@code /health}'s {@code vault}): ready while the token vault
 * answers a read, within the vault's own bound (the request path's database deadline for the
 * PostgreSQL vault). Without the vault no value can be tokenized, so the proxy refuses every turn.
 */
@Readiness
@ApplicationScoped
public class VaultReadiness implements HealthCheck {
  public static final String NAME = "vault";
  private static final String PROBE_SCOPE = "health";
  private static final String PROBE_TOKEN = "probe";

  private final TokenVault vault;

  public VaultReadiness(TokenVault vault) {
    this.vault = vault;
  }

  @Override
  public HealthCheckResponse call() {
    return HealthCheckResponse.named(NAME).status(answers()).build();
  }

  private boolean answers() {
    try {
      vault.get(PROBE_SCOPE, PROBE_TOKEN);
      return true;
    } catch (TokenVault.Unavailable e) {
      return false;
    }
  }
}
