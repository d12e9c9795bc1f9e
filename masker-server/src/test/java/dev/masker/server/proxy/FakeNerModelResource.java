package dev.masker.server.proxy;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/** Starts the {@link FakeNerModel} and configures it as this server's {@code ner} model. */
public final class FakeNerModelResource implements QuarkusTestResourceLifecycleManager {
  private static volatile FakeNerModel model;

  static FakeNerModel model() {
    var running = model;
    if (running == null) {
      throw new IllegalStateException("the fake model is not running");
    }
    return running;
  }

  @Override
  public synchronized Map<String, String> start() {
    try {
      model = new FakeNerModel();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the fake model", e);
    }
    return Map.of(
        "masker.ner.openai.base-url", model.baseUrl(),
        "masker.ner.openai.model", "fake-ner",
        "masker.ner.openai.timeout-ms", "2000");
  }

  @Override
  public synchronized void stop() {
    try {
      if (model != null) {
        model.close();
      }
    } catch (IOException ignored) {
      // the JVM ends anyway
    } finally {
      model = null;
    }
  }
}
