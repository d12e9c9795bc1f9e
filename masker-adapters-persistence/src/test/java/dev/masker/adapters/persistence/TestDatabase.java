package dev.masker.adapters.persistence;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;

/**
 * The PostgreSQL every database test runs against: the server named by {@code
 * MASKER_TEST_DATABASE_URL} when that is set, else an embedded PostgreSQL started once per JVM.
 * Either way the application reaches it through a {@link TcpRelay}, so tests can take the database
 * away and bring it back.
 */
public final class TestDatabase implements QuarkusTestResourceLifecycleManager {
  private static EmbeddedPostgres embedded;
  private static TcpRelay relay;
  private static Map<String, String> config;

  @Override
  public synchronized Map<String, String> start() {
    if (config == null) {
      config = startOnce();
    }
    return config;
  }

  private static Map<String, String> startOnce() {
    try {
      var external = System.getenv("MASKER_TEST_DATABASE_URL");
      DatabaseUrl target;
      if (external != null && !external.isBlank()) {
        target = DatabaseUrl.parse(external);
      } else {
        var dir = Files.createTempDirectory("masker-test-pg");
        embedded = EmbeddedPostgres.builder().setDataDirectory(dir).start();
        target = DatabaseUrl.parse(embedded.getJdbcUrl("postgres", "postgres"));
      }
      var address = URI.create(target.jdbcUrl().substring("jdbc:".length()));
      int port = address.getPort() > 0 ? address.getPort() : 5432;
      relay = new TcpRelay(address.getHost(), port);
      var relayed =
          target
              .jdbcUrl()
              .replaceFirst(
                  "//" + address.getHost() + "(:" + port + ")?", "//127.0.0.1:" + relay.port());
      var values = new HashMap<String, String>();
      values.put("quarkus.datasource.jdbc.url", relayed);
      values.put("quarkus.datasource.username", target.username().orElse("postgres"));
      values.put("quarkus.datasource.password", target.password().orElse(""));
      return values;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the test database", e);
    }
  }

  /** Makes the database unreachable, as if it had crashed. */
  public static void cut() throws IOException {
    relay.cut();
  }

  /** Makes the database reachable again (after a cut or a hold). */
  public static void restore() throws IOException {
    relay.restore();
  }

  /**
   * Freezes the database, as {@code kill -STOP} would: connections stay open, new ones are
   * accepted, but nothing is answered until {@link #release()} (or {@link #restore()}).
   */
  public static void hold() {
    relay.hold();
  }

  /** Thaws the database: what was held is answered. */
  public static void release() {
    relay.release();
  }

  @Override
  public void stop() {
    // Shared by every test class of the JVM; the embedded server stops with the JVM.
  }
}
