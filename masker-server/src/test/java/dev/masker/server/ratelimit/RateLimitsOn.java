package dev.masker.server.ratelimit;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * The test configuration's small limits (three requests at once, a token every 4 s, leases of one)
 * turned on: a burst of a few requests runs out, and no token comes back by chance during it.
 */
public class RateLimitsOn implements QuarkusTestProfile {
  @Override
  public Map<String, String> getConfigOverrides() {
    return Map.of("masker.rate-limit.enabled", "true");
  }
}
