package dev.masker.server.local;

import dev.masker.server.startup.KeysFile;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Properties;
import org.jboss.logging.Logger;

/**
 * The PostgreSQL of local mode: real PostgreSQL binaries from a Maven jar, data kept under {@code
 * <data dir>/postgres} across restarts, listening on loopback only, and open only to who knows its
 * password: a random one (256 bits) generated on first start into {@code <data
 * dir>/keys.properties} ({@value #PASSWORD_KEY}, mode 0600, next to the generated keys), required
 * by {@code pg_hba.conf} for every connection (SCRAM). A data directory made by an earlier version,
 * which let any local connection in, gets the password and the rule at its next start, and the log
 * says so.
 */
public final class LocalDatabase implements AutoCloseable {
  public static final String USER = "postgres";

  /** The entry of {@code keys.properties} that holds the password. */
  public static final String PASSWORD_KEY = "MASKER_LOCAL_DATABASE_PASSWORD";

  private static final Logger LOG = Logger.getLogger(LocalDatabase.class);
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String ACCESS_FILE = "pg_hba.conf";
  private static final String PASSWORD_ONLY =
      """
      # Written by Masker's local mode: every connection must give the password kept in
      # keys.properties (MASKER_LOCAL_DATABASE_PASSWORD) next to this data directory.
      # TYPE  DATABASE  USER  ADDRESS       METHOD
      local   all       all                 scram-sha-256
      host    all       all   127.0.0.1/32  scram-sha-256
      host    all       all   ::1/128       scram-sha-256
      """;
  private static final Duration RULE_IN_FORCE_WAIT = Duration.ofSeconds(10);

  private final EmbeddedPostgres postgres;
  private final String password;

  private LocalDatabase(EmbeddedPostgres postgres, String password) {
    this.postgres = postgres;
    this.password = password;
  }

  /**
   * Starts the database of {@code dataDir}, creating it on first start; returns once it refuses
   * connections without the password.
   */
  public static LocalDatabase start(Path dataDir) {
    var pgData = dataDir.resolve("postgres");
    var keys = dataDir.resolve(KeysFile.NAME);
    try {
      Files.createDirectories(pgData);
      boolean existed = Files.exists(pgData.resolve("postgresql.conf"));
      boolean protectedAlready = existed && !letsAnyoneIn(pgData.resolve(ACCESS_FILE));
      String password;
      if (protectedAlready) {
        password = KeysFile.read(keys).getProperty(PASSWORD_KEY);
        if (password == null || password.isBlank()) {
          throw new IllegalStateException(
              "The local database under "
                  + pgData
                  + " requires a password, but "
                  + keys
                  + " holds none ("
                  + PASSWORD_KEY
                  + "). Restore that file, or move the data directory away to start afresh.");
        }
      } else {
        password =
            KeysFile.withEntries(keys, List.of(PASSWORD_KEY), LocalDatabase::newPassword)
                .getProperty(PASSWORD_KEY);
      }
      var postgres =
          EmbeddedPostgres.builder()
              .setDataDirectory(pgData)
              .setCleanDataDirectory(false)
              .setServerConfig("listen_addresses", "127.0.0.1")
              .setConnectConfig("password", password)
              // Stopped by its owner's shutdown hook, after the application: not by one of its own
              // running beside the application's stop while the turn log still writes.
              .setRegisterShutdownHook(false)
              .start();
      var database = new LocalDatabase(postgres, password);
      if (!protectedAlready) {
        try {
          database.requirePassword(pgData);
        } catch (RuntimeException | SQLException e) {
          database.close();
          throw e;
        }
        if (existed) {
          LOG.warnf(
              "LOCAL MODE: the local database under %s let any local connection in without a"
                  + " password. It now requires the password generated into %s (%s).",
              pgData, keys, PASSWORD_KEY);
        } else {
          LOG.infof(
              "Local database created under %s; its password is in %s (%s).",
              pgData, keys, PASSWORD_KEY);
        }
      }
      return database;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the local PostgreSQL under " + dataDir, e);
    } catch (SQLException e) {
      throw new IllegalStateException(
          "cannot set the password of the local PostgreSQL under "
              + dataDir
              + " (SQLSTATE "
              + e.getSQLState()
              + ")",
          null);
    }
  }

  /** The URL to reach it, naming the user; the password is {@link #password()}. */
  public String jdbcUrl() {
    return postgres.getJdbcUrl(USER, "postgres");
  }

  public String password() {
    return password;
  }

  /**
   * Sets the password on the running server, replaces the access rules with "password for
   * everything", reloads them, and waits until a connection without the password is refused.
   */
  private void requirePassword(Path pgData) throws SQLException, IOException {
    try (var connection = postgres.getPostgresDatabase().getConnection();
        var statement = connection.createStatement()) {
      statement.execute("set password_encryption = 'scram-sha-256'");
      // The password is base64url: nothing in it can end the literal.
      statement.execute("alter role " + USER + " password '" + password + "'");
      Files.writeString(pgData.resolve(ACCESS_FILE), PASSWORD_ONLY);
      statement.execute("select pg_reload_conf()");
    }
    long until = System.nanoTime() + RULE_IN_FORCE_WAIT.toNanos();
    while (opensWithoutPassword()) {
      if (System.nanoTime() - until > 0) {
        throw new IllegalStateException("the local PostgreSQL still lets anyone in");
      }
      Thread.onSpinWait();
    }
  }

  private boolean opensWithoutPassword() {
    var noPassword = new Properties();
    noPassword.setProperty("user", USER);
    try (var connection = DriverManager.getConnection(jdbcUrl(), noPassword)) {
      return true;
    } catch (SQLException refused) {
      return false;
    }
  }

  /** Whether the access rules let some connection in without a password ({@code trust}). */
  private static boolean letsAnyoneIn(Path accessFile) throws IOException {
    if (!Files.exists(accessFile)) {
      return true;
    }
    return Files.readAllLines(accessFile).stream()
        .map(line -> line.replaceFirst("#.*", "").strip())
        .filter(line -> !line.isEmpty())
        .anyMatch(line -> Arrays.asList(line.split("\\s+")).contains("trust"));
  }

  private static String newPassword() {
    var bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  @Override
  public void close() {
    try {
      postgres.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
