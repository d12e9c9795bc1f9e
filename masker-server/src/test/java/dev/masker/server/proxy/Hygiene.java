package dev.masker.server.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;

/**
 * Searches the test log and a dump of every table for the planted values (SPEC §5: no event, log
 * line or metric ever holds an original value). Each proxy test class runs it after its tests, so
 * it holds whatever order the classes run in.
 */
final class Hygiene {
  static final Path LOG = Path.of("target", "masker-test.log");

  private Hygiene() {}

  /** Neither the log nor any table holds a value of {@link Phi#ALL} or one of {@code secrets}. */
  static void assertNoPlantedValueLeaked(String... secrets) throws Exception {
    var log = Files.readString(LOG);
    var dump = dumpEveryTable();
    assertThat(log).as("the test log").isNotEmpty();
    Phi.assertNoneIn("the test log", log);
    Phi.assertNoneIn("the database", dump);
    for (var secret : secrets) {
      assertThat(log).as("the test log").doesNotContain(secret);
      assertThat(dump).as("the database").doesNotContain(secret);
    }
  }

  /** Every row of every table of the public schema, as text. */
  static String dumpEveryTable() throws SQLException {
    var dataSource = Arc.container().instance(AgroalDataSource.class).get();
    var dump = new StringBuilder();
    try (var connection = dataSource.getConnection();
        var tables =
            connection
                .createStatement()
                .executeQuery(
                    "select table_name from information_schema.tables"
                        + " where table_schema = 'public'")) {
      while (tables.next()) {
        var table = tables.getString(1);
        try (var rows =
            connection.createStatement().executeQuery("select * from \"" + table + "\"")) {
          int columns = rows.getMetaData().getColumnCount();
          while (rows.next()) {
            for (int i = 1; i <= columns; i++) {
              dump.append(rows.getString(i)).append('\t');
            }
            dump.append('\n');
          }
        }
      }
    }
    assertThat(dump).as("the dump holds the agents").contains("Agent m-");
    return dump.toString();
  }
}
