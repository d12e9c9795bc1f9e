package dev.masker.server.local;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The PostgreSQL of local mode: real PostgreSQL binaries from a Maven jar, data kept under {@code
 * <data dir>/postgres} across restarts, listening on loopback only.
 */
public final class LocalDatabase implements AutoCloseable {
  public static final String USER = "postgres";

  private final EmbeddedPostgres postgres;

  private LocalDatabase(EmbeddedPostgres postgres) {
    this.postgres = postgres;
  }

  public static LocalDatabase start(Path dataDir) {
    try {
      var pgData = dataDir.resolve("postgres");
      Files.createDirectories(pgData);
      var postgres =
          EmbeddedPostgres.builder()
              .setDataDirectory(pgData)
              .setCleanDataDirectory(false)
              .setServerConfig("listen_addresses", "127.0.0.1")
              .start();
      return new LocalDatabase(postgres);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the local PostgreSQL under " + dataDir, e);
    }
  }

  public String jdbcUrl() {
    return postgres.getJdbcUrl(USER, "postgres");
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
