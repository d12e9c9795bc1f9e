package dev.masker.adapters.llm;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * The clock the adapter's beans need when a test runs them in Quarkus; the server makes its own.
 */
final class TestClock {
  @Produces
  @Singleton
  Clock clock() {
    return Clock.systemUTC();
  }
}
