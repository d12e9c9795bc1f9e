package dev.masker.server;

import dev.masker.adapters.persistence.DatabaseUrl;
import dev.masker.server.local.LocalDatabase;
import dev.masker.server.retention.RunRetention;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Starts Masker. Without {@code MASKER_DATABASE_URL} the server runs in local mode: an embedded
 * PostgreSQL keeps its data under {@code MASKER_DATA_DIR} (default {@code ./masker-data}) and
 * requires the password kept in that directory's {@code keys.properties}. With the argument {@code
 * reset-admin [email]} it sets a new password for that admin ({@code admin@localhost} by default),
 * prints it once and exits ({@link ResetAdmin}); with {@code retention} it runs retention once and
 * exits ({@link RunRetention}).
 */
@QuarkusMain
public final class MaskerMain {
  private MaskerMain() {}

  /**
   * How long the embedded database's stop waits for the application to stop first: longer than the
   * turn log's wait to write what it holds ({@code masker.turn-log.shutdown-wait}, 5 s by default)
   * and the HTTP server's drain before it ({@code quarkus.shutdown.delay} and {@code
   * quarkus.shutdown.timeout}, none and 20 s by default; docs/replicas.md).
   */
  private static final Duration APPLICATION_STOP_WAIT = Duration.ofSeconds(60);

  private static final CountDownLatch APPLICATION_STOPPED = new CountDownLatch(1);
  private static volatile boolean applicationStarted;

  public static void main(String... args) {
    var databaseUrl = System.getenv("MASKER_DATABASE_URL");
    if (databaseUrl == null || databaseUrl.isBlank()) {
      var dataDir = Path.of(envOr("MASKER_DATA_DIR", "masker-data")).toAbsolutePath();
      var database = LocalDatabase.start(dataDir);
      // Shutdown hooks run at the same time: the database waits until the application has
      // stopped, so that the turn log writes what it holds (the audit events) before it goes.
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    if (applicationStarted) {
                      awaitQuietly(APPLICATION_STOPPED);
                    }
                    database.close();
                  },
                  "local-database-stop"));
      System.setProperty("masker.local-mode", "true");
      System.setProperty("masker.data-dir", dataDir.toString());
      System.setProperty("quarkus.datasource.jdbc.url", database.jdbcUrl());
      System.setProperty("quarkus.datasource.username", LocalDatabase.USER);
      System.setProperty("quarkus.datasource.password", database.password());
      if (unset("QUARKUS_HTTP_HOST", "quarkus.http.host")) {
        // Local mode answers this machine only, unless told otherwise.
        System.setProperty("quarkus.http.host", "127.0.0.1");
      }
      if (unset("QUARKUS_LOG_CONSOLE_JSON_ENABLED", "quarkus.log.console.json.enabled")) {
        // Local mode is run by people at a terminal: readable lines unless JSON is asked for.
        System.setProperty("quarkus.log.console.json.enabled", "false");
      }
    } else {
      var location = DatabaseUrl.parse(databaseUrl);
      System.setProperty("quarkus.datasource.jdbc.url", location.jdbcUrl());
      location.username().ifPresent(u -> System.setProperty("quarkus.datasource.username", u));
      location.password().ifPresent(p -> System.setProperty("quarkus.datasource.password", p));
    }
    try {
      if (args.length > 0 && args[0].equals(ResetAdmin.COMMAND)) {
        oneOff();
        Quarkus.run(ResetAdmin.class, args);
      } else if (args.length > 0 && args[0].equals(RunRetention.COMMAND)) {
        oneOff();
        Quarkus.run(RunRetention.class, args);
      } else {
        Quarkus.run(args);
      }
    } finally {
      APPLICATION_STOPPED.countDown();
    }
  }

  /**
   * The application has started: from now on its database stops only after it ({@link StopOrder}).
   */
  static void applicationStarted() {
    applicationStarted = true;
  }

  /** The application's own stop has run: the turn log has written what it held. */
  static void applicationStopped() {
    APPLICATION_STOPPED.countDown();
  }

  private static void awaitQuietly(CountDownLatch stopped) {
    try {
      if (!stopped.await(APPLICATION_STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
        System.err.println(
            "local mode: the application did not stop in time; stopping its database");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * A one-off run beside a server that may be running: ports of its own choosing, and no scheduled
   * retention of its own.
   */
  private static void oneOff() {
    System.setProperty("quarkus.http.port", "0");
    System.setProperty("quarkus.management.port", "0");
    System.setProperty("masker.retention.every", "off");
  }

  /** Whether the operator left a setting alone (neither environment nor -D). */
  private static boolean unset(String environmentName, String propertyName) {
    return System.getenv(environmentName) == null && System.getProperty(propertyName) == null;
  }

  private static String envOr(String name, String fallback) {
    var value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
