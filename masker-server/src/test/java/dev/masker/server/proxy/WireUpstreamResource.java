package dev.masker.server.proxy;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Starts the {@link WireUpstream} and points the server at it: provider {@code fake} is the fake
 * (with an API key of its own), provider {@code dead} is a closed port, and the upstream timeout is
 * short so a stalled upstream is given up on quickly. Every proxy test class uses exactly this
 * resource set, so Quarkus starts once for all of them.
 */
public final class WireUpstreamResource implements QuarkusTestResourceLifecycleManager {
  /** The key the server sends to the fake; the caller's key must never arrive instead. */
  public static final String UPSTREAM_KEY = "fake-upstream-key-Q7rT2";

  public static final int TIMEOUT_MS = 2000;

  private static volatile WireUpstream fake;

  /** The running fake. */
  public static WireUpstream fake() {
    var running = fake;
    if (running == null) {
      throw new IllegalStateException("the fake upstream is not running");
    }
    return running;
  }

  @Override
  public synchronized Map<String, String> start() {
    try {
      fake = WireUpstream.start();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the fake upstream", e);
    }
    return Map.of(
        "masker.upstreams.fake.base-url",
        "http://127.0.0.1:" + fake.port() + "/v1",
        "masker.upstreams.fake.api-key",
        UPSTREAM_KEY,
        "masker.upstreams.dead.base-url",
        "http://127.0.0.1:1/v1",
        "masker.upstream-timeout-ms",
        Integer.toString(TIMEOUT_MS));
  }

  @Override
  public synchronized void stop() {
    try {
      if (fake != null) {
        fake.close();
      }
    } catch (IOException ignored) {
      // the JVM ends anyway
    } finally {
      fake = null;
    }
  }
}
