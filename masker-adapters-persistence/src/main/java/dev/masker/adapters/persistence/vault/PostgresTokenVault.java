package dev.masker.adapters.persistence.vault;

import dev.masker.adapters.persistence.DatabaseDeadline;
import dev.masker.adapters.persistence.PersistenceSettings;
import dev.masker.application.port.out.MeasuredCaches;
import dev.masker.application.port.out.StoreUnavailable;
import dev.masker.domain.common.CacheStatistics;
import dev.masker.domain.masking.vault.TokenVault;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * The token vault in PostgreSQL. It sits on the masking hot path, so it speaks plain JDBC (one
 * statement per call, auto-commit, no ORM session) rather than Panache, and every call runs under
 * the request path's {@link DatabaseDeadline}; every failure, a missed deadline included, becomes
 * {@link TokenVault.Unavailable}, which makes masking fail closed. Exception messages of the driver
 * are not kept: they could quote parameters. Rows written or read lately are remembered ({@link
 * RecentRows}, {@code masker.vault.recent-rows}, ten minutes), so the tokens a call repeats every
 * turn cost no round trip; their statistics are the server's {@code vault_rows} cache metrics.
 */
@ApplicationScoped
public class PostgresTokenVault implements TokenVault, MeasuredCaches {
  /** The name of the recent rows' metrics. */
  public static final String CACHE_NAME = "vault_rows";

  static final Duration RECENT_ROWS_TTL = Duration.ofMinutes(10);

  /** Rows per insert statement: far below PostgreSQL's 65,535 parameters. */
  static final int ROWS_PER_INSERT = 500;

  private final DataSource dataSource;
  private final DatabaseDeadline deadline;
  private final RecentRows recent;

  @Inject
  public PostgresTokenVault(
      AgroalDataSource dataSource, DatabaseDeadline deadline, PersistenceSettings settings) {
    this(
        dataSource,
        deadline,
        new RecentRows(settings.vault().recentRows(), RECENT_ROWS_TTL, System::nanoTime));
  }

  PostgresTokenVault(DataSource dataSource, DatabaseDeadline deadline, RecentRows recent) {
    this.dataSource = dataSource;
    this.deadline = deadline;
    this.recent = recent;
  }

  @Override
  public void put(String scope, String token, byte[] sealedValue) {
    if (recent.get(scope, token) != null) {
      return;
    }
    boolean written =
        inTime(
            () -> {
              try (var connection = dataSource.getConnection();
                  var insert =
                      connection.prepareStatement(
                          "insert into token_vault (scope, token, sealed) values (?, ?, ?)"
                              + " on conflict (scope, token) do nothing")) {
                insert.setString(1, scope);
                insert.setString(2, token);
                insert.setBytes(3, sealedValue);
                return insert.executeUpdate() == 1;
              }
            });
    if (written) {
      // Only a row this call wrote: when another got there first, its row is the one that stays.
      recent.put(scope, token, sealedValue);
    }
  }

  /**
   * One statement for every row not remembered (a turn's new tokens together): a multi-row insert
   * that ignores conflicts and returns the rows it wrote, which are then remembered. A remembered
   * row is in the store already, so it is not among those this call stored.
   */
  @Override
  public Set<String> putAll(String scope, Map<String, byte[]> rows) {
    var unknown = new ArrayList<Map.Entry<String, byte[]>>(rows.size());
    for (var row : rows.entrySet()) {
      if (recent.get(scope, row.getKey()) == null) {
        unknown.add(row);
      }
    }
    var stored = new HashSet<String>();
    for (int from = 0; from < unknown.size(); from += ROWS_PER_INSERT) {
      var chunk = unknown.subList(from, Math.min(unknown.size(), from + ROWS_PER_INSERT));
      List<String> written = inTime(() -> insert(scope, chunk));
      // Only rows this call wrote: when another got there first, its row is the one that stays.
      written.forEach(token -> recent.put(scope, token, rows.get(token)));
      stored.addAll(written);
    }
    return stored;
  }

  private List<String> insert(String scope, List<Map.Entry<String, byte[]>> rows)
      throws SQLException {
    var sql = new StringBuilder("insert into token_vault (scope, token, sealed) values ");
    for (int i = 0; i < rows.size(); i++) {
      sql.append(i == 0 ? "(?, ?, ?)" : ", (?, ?, ?)");
    }
    sql.append(" on conflict (scope, token) do nothing returning token");
    try (var connection = dataSource.getConnection();
        var insert = connection.prepareStatement(sql.toString())) {
      int parameter = 1;
      for (var row : rows) {
        insert.setString(parameter++, scope);
        insert.setString(parameter++, row.getKey());
        insert.setBytes(parameter++, row.getValue());
      }
      try (var written = insert.executeQuery()) {
        var tokens = new ArrayList<String>(rows.size());
        while (written.next()) {
          tokens.add(written.getString(1));
        }
        return tokens;
      }
    }
  }

  /** Whether the row was written or read here lately: it is in the store. */
  @Override
  public boolean knows(String scope, String token) {
    return recent.get(scope, token) != null;
  }

  @Override
  public void putUnlessKnown(String scope, String token, Supplier<byte[]> sealing) {
    if (recent.get(scope, token) == null) {
      put(scope, token, sealing.get());
    }
  }

  @Override
  public Optional<byte[]> get(String scope, String token) {
    var known = recent.get(scope, token);
    if (known != null) {
      return Optional.of(known);
    }
    Optional<byte[]> stored =
        inTime(
            () -> {
              try (var connection = dataSource.getConnection();
                  var select =
                      connection.prepareStatement(
                          "select sealed from token_vault where scope = ? and token = ?")) {
                select.setString(1, scope);
                select.setString(2, token);
                try (var rows = select.executeQuery()) {
                  return rows.next() ? Optional.of(rows.getBytes(1)) : Optional.empty();
                }
              }
            });
    stored.ifPresent(row -> recent.put(scope, token, row));
    return stored;
  }

  @Override
  public List<String> tokens(String scope) {
    return inTime(
        () -> {
          try (var connection = dataSource.getConnection();
              var select =
                  connection.prepareStatement("select token from token_vault where scope = ?")) {
            select.setString(1, scope);
            try (var rows = select.executeQuery()) {
              var tokens = new ArrayList<String>();
              while (rows.next()) {
                tokens.add(rows.getString(1));
              }
              return tokens;
            }
          }
        });
  }

  /** One query for the whole scope: what recalling a session on this server reads. */
  @Override
  public Map<String, byte[]> rows(String scope) {
    Map<String, byte[]> found =
        inTime(
            () -> {
              try (var connection = dataSource.getConnection();
                  var select =
                      connection.prepareStatement(
                          "select token, sealed from token_vault where scope = ?")) {
                select.setString(1, scope);
                try (var rows = select.executeQuery()) {
                  var read = new LinkedHashMap<String, byte[]>();
                  while (rows.next()) {
                    read.put(rows.getString(1), rows.getBytes(2));
                  }
                  return read;
                }
              }
            });
    found.forEach((token, value) -> recent.put(scope, token, value));
    return found;
  }

  @Override
  public void dropScope(String scope) {
    recent.dropScope(scope);
    inTime(
        () -> {
          try (var connection = dataSource.getConnection();
              var delete = connection.prepareStatement("delete from token_vault where scope = ?")) {
            delete.setString(1, scope);
            return delete.executeUpdate();
          }
        });
  }

  private <T> T inTime(DatabaseDeadline.Work<T> work) {
    try {
      return deadline.call(work);
    } catch (SQLException e) {
      throw new Unavailable(
          "the token vault cannot be reached (SQLSTATE " + e.getSQLState() + ")", null);
    } catch (StoreUnavailable late) {
      throw new Unavailable("the token vault cannot be reached: " + late.getMessage(), null);
    }
  }

  @Override
  public Map<String, CacheStatistics> cacheStatistics() {
    return Map.of(CACHE_NAME, recent.statistics());
  }
}
