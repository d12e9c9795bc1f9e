package dev.masker.server;

import java.sql.SQLException;
import javax.sql.DataSource;

/** Every row of every table of the public schema as text, for tests that search it for PHI. */
public final class DatabaseDump {
  private DatabaseDump() {}

  public static String everyTable(DataSource dataSource) throws SQLException {
    var dump = new StringBuilder();
    try (var connection = dataSource.getConnection();
        var tables =
            connection
                .createStatement()
                .executeQuery(
                    "select table_name from information_schema.tables"
                        + " where table_schema = 'public'")) {
      while (tables.next()) {
        try (var rows =
            connection
                .createStatement()
                .executeQuery("select * from \"" + tables.getString(1) + "\"")) {
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
    return dump.toString();
  }
}
