package dev.masker.server.github;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Starts a {@link FakeGithub} and configures GitHub sign-in against it, with a client secret the
 * tests look for in the logs.
 */
public final class FakeGithubResource implements QuarkusTestResourceLifecycleManager {
  public static final String CLIENT_ID = "fake-client-id";
  public static final String CLIENT_SECRET = "fake-client-secret-Planted-8841";
  public static final int TIMEOUT_MS = 3000;

  private static volatile FakeGithub fake;

  /** The running fake. */
  public static FakeGithub fake() {
    var running = fake;
    if (running == null) {
      throw new IllegalStateException("the fake GitHub is not running");
    }
    return running;
  }

  @Override
  public synchronized Map<String, String> start() {
    try {
      fake = FakeGithub.start();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the fake GitHub", e);
    }
    return Map.of(
        "masker.github.client-id",
        CLIENT_ID,
        "masker.github.client-secret",
        CLIENT_SECRET,
        "masker.github.authorize-url",
        fake.base() + "/login/oauth/authorize",
        "masker.github.token-url",
        fake.base() + "/login/oauth/access_token",
        "masker.github.api-url",
        fake.base() + "/api/v3",
        "masker.github.timeout-ms",
        Integer.toString(TIMEOUT_MS));
  }

  @Override
  public synchronized void stop() {
    if (fake != null) {
      fake.close();
      fake = null;
    }
  }
}
