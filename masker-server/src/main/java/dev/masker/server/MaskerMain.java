package dev.masker.server;

import dev.masker.adapters.persistence.DatabaseUrl;
import dev.masker.server.local.LocalDatabase;
import dev.masker.server.retention.RunRetention;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import java.nio.file.Path;

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

  public static void main(String... args) {
    var databaseUrl = System.getenv("MASKER_DATABASE_URL");
    if (databaseUrl == null || databaseUrl.isBlank()) {
      var dataDir = Path.of(envOr("MASKER_DATA_DIR", "masker-data")).toAbsolutePath();
      var database = LocalDatabase.start(dataDir);
      Runtime.getRuntime().addShutdownHook(new Thread(database::close, "local-database-stop"));
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
    if (args.length > 0 && args[0].equals(ResetAdmin.COMMAND)) {
      oneOff();
      Quarkus.run(ResetAdmin.class, args);
    } else if (args.length > 0 && args[0].equals(RunRetention.COMMAND)) {
      oneOff();
      Quarkus.run(RunRetention.class, args);
    } else {
      Quarkus.run(args);
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
