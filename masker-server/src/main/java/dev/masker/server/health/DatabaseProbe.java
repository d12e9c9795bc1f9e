package dev.masker.server.health;

import dev.masker.adapters.persistence.DatabaseDeadline;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;

/**
 * Whether PostgreSQL answers a query now, within the request path's deadline: a stalled database is
 * down after the deadline, not after it thaws.
 */
@ApplicationScoped
public class DatabaseProbe {
  private final AgroalDataSource dataSource;
  private final DatabaseDeadline deadline;

  public DatabaseProbe(AgroalDataSource dataSource, DatabaseDeadline deadline) {
    this.dataSource = dataSource;
    this.deadline = deadline;
  }

  public boolean isUp() {
    try {
      return deadline.call(
          () -> {
            try (var connection = dataSource.getConnection();
                var statement = connection.createStatement();
                var result = statement.executeQuery("select 1")) {
              return result.next();
            }
          });
    } catch (SQLException | RuntimeException e) {
      return false;
    }
  }
}
