package dev.masker.server.proxy;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Starts the {@link WireUpstream} and points the server at it: provider {@code fake} is the fake
 * (with an API key of its own), provider {@code dead} is a closed port, and the upstream timeout is
 * short so a stalled upstream is given up on quickly. It also starts the {@link FakeNerModel} and
 * configures it as the server's {@code ner} model (used only by agents whose policy lists {@code
 * ner}). Every proxy test class uses exactly this resource set, so Quarkus starts once for all of
 * them.
 */
public final class WireUpstreamResource implements QuarkusTestResourceLifecycleManager {
  /** The key the server sends to the fake; the caller's key must never arrive instead. */
  public static final String UPSTREAM_KEY = "fake-upstream-key-Q7rT2";

  public static final int TIMEOUT_MS = 2000;

  private static volatile WireUpstream fake;
  private static volatile FakeNerModel nerModel;

  /** The running fake. */
  public static WireUpstream fake() {
    var running = fake;
    if (running == null) {
      throw new IllegalStateException("the fake upstream is not running");
    }
    return running;
  }

  /** The running fake model of the {@code ner} pass. */
  static FakeNerModel nerModel() {
    var running = nerModel;
    if (running == null) {
      throw new IllegalStateException("the fake model is not running");
    }
    return running;
  }

  @Override
  public synchronized Map<String, String> start() {
    try {
      fake = WireUpstream.start();
      nerModel = new FakeNerModel();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the fake upstream", e);
    }
    return Map.of(
        "masker.ner.openai.base-url",
        nerModel.baseUrl(),
        "masker.ner.openai.model",
        "fake-ner",
        "masker.ner.openai.timeout-ms",
        "2000",
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
      if (nerModel != null) {
        nerModel.close();
      }
    } catch (IOException ignored) {
      // the JVM ends anyway
    } finally {
      fake = null;
      nerModel = null;
    }
  }
}
