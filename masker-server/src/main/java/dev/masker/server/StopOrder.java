package dev.masker.server;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Orders local mode's stop: the embedded database, stopped by a JVM shutdown hook that runs beside
 * the application's own, waits until the application's stop observers have run (the turn log writes
 * what it holds in its own, earlier one), so that no acknowledged turn or audit event is lost to a
 * database already gone.
 */
@ApplicationScoped
class StopOrder {
  void started(@Observes StartupEvent event) {
    MaskerMain.applicationStarted();
  }

  /** Notified after every stop observer of a lower priority, the turn log's among them. */
  void stopped(@Observes @Priority(Integer.MAX_VALUE) ShutdownEvent event) {
    MaskerMain.applicationStopped();
  }
}
