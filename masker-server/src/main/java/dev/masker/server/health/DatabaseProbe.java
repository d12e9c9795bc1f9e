package dev.masker.server.health;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;

/** Whether PostgreSQL answers a query now. */
@ApplicationScoped
public class DatabaseProbe {
  private static final int TIMEOUT_SECONDS = 2;

  private final AgroalDataSource dataSource;

  public DatabaseProbe(AgroalDataSource dataSource) {
    this.dataSource = dataSource;
  }

  public boolean isUp() {
    try (var connection = dataSource.getConnection();
        var statement = connection.createStatement()) {
      statement.setQueryTimeout(TIMEOUT_SECONDS);
      try (var result = statement.executeQuery("select 1")) {
        return result.next();
      }
    } catch (SQLException | RuntimeException e) {
      return false;
    }
  }
}
