package dev.masker.server.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.masker.server.startup.KeysFile;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Base64;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The local-mode PostgreSQL lets in only who gives the password kept in {@code keys.properties}:
 * new data directories from the first start, older ones (made when it took any local connection)
 * from their next start, with their data.
 */
class LocalDatabaseTest {

  @Test
  void a_new_database_requires_the_password_generated_into_the_keys_file(@TempDir Path data)
      throws Exception {
    String password;
    try (var database = LocalDatabase.start(data)) {
      password = database.password();
      var keys = data.resolve(KeysFile.NAME);
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keys)))
          .isEqualTo("rw-------");
      assertThat(KeysFile.read(keys).getProperty(LocalDatabase.PASSWORD_KEY)).isEqualTo(password);
      assertThat(Base64.getUrlDecoder().decode(password)).hasSize(32);

      assertThat(opens(database, null)).isFalse();
      assertThat(opens(database, "not the password")).isFalse();
      assertThat(opens(database, password)).isTrue();
    }

    try (var restarted = LocalDatabase.start(data)) {
      assertThat(restarted.password()).isEqualTo(password);
      assertThat(opens(restarted, null)).isFalse();
      assertThat(opens(restarted, password)).isTrue();
    }
  }

  @Test
  void a_data_directory_from_before_passwords_gets_one_at_its_next_start_and_keeps_its_data(
      @TempDir Path data) throws Exception {
    try (var earlier =
        EmbeddedPostgres.builder()
            .setDataDirectory(data.resolve("postgres"))
            .setCleanDataDirectory(false)
            .start()) {
      try (var connection = earlier.getPostgresDatabase().getConnection();
          var statement = connection.createStatement()) {
        statement.execute("create table kept (note text)");
        statement.execute("insert into kept values ('from before')");
      }
    }
    Files.writeString(data.resolve(KeysFile.NAME), "MASKER_AUDIT_HMAC_KEY=kept-as-it-was\n");

    try (var database = LocalDatabase.start(data)) {
      assertThat(opens(database, null)).isFalse();
      var withPassword = new Properties();
      withPassword.setProperty("user", LocalDatabase.USER);
      withPassword.setProperty("password", database.password());
      try (var connection = DriverManager.getConnection(database.jdbcUrl(), withPassword);
          var rows = connection.createStatement().executeQuery("select note from kept")) {
        assertThat(rows.next()).isTrue();
        assertThat(rows.getString(1)).isEqualTo("from before");
      }
      var keys = KeysFile.read(data.resolve(KeysFile.NAME));
      assertThat(keys.getProperty("MASKER_AUDIT_HMAC_KEY")).isEqualTo("kept-as-it-was");
      assertThat(keys.getProperty(LocalDatabase.PASSWORD_KEY)).isEqualTo(database.password());
    }
  }

  @Test
  void a_protected_database_whose_password_is_lost_does_not_start_and_says_why(@TempDir Path data) {
    String password;
    try (var database = LocalDatabase.start(data)) {
      password = database.password();
    }
    var keys = data.resolve(KeysFile.NAME);
    assertThat(keys.toFile().delete()).isTrue();

    assertThatThrownBy(() -> LocalDatabase.start(data))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(LocalDatabase.PASSWORD_KEY)
        .hasMessageContaining(keys.toString())
        .message()
        .doesNotContain(password);
  }

  /**
   * Whether a connection as the local user opens, with {@code password} or none; false only when
   * the server refuses it for its password (a server that is not there fails the test).
   */
  private static boolean opens(LocalDatabase database, String password) {
    var properties = new Properties();
    properties.setProperty("user", LocalDatabase.USER);
    if (password != null) {
      properties.setProperty("password", password);
    }
    try (var connection = DriverManager.getConnection(database.jdbcUrl(), properties)) {
      return connection.isValid(5);
    } catch (SQLException refused) {
      // 28P01: wrong password; 08004: the server asked for a password and none was given.
      assertThat(refused.getSQLState()).isIn("28P01", "08004");
      return false;
    }
  }
}
