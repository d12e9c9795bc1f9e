package dev.masker.adapters.persistence.vault;

import dev.masker.domain.masking.vault.TokenVault;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The token vault in PostgreSQL. It sits on the masking hot path, so it speaks plain JDBC (one
 * statement per call, auto-commit, no ORM session) rather than Panache; every failure becomes
 * {@link TokenVault.Unavailable}, which makes masking fail closed. Exception messages of the driver
 * are not kept: they could quote parameters. Rows written or read lately are remembered ({@link
 * RecentRows}, {@code masker.vault.recent-rows}, ten minutes), so the tokens a call repeats every
 * turn cost no round trip.
 */
@ApplicationScoped
public class PostgresTokenVault implements TokenVault {
  static final Duration RECENT_ROWS_TTL = Duration.ofMinutes(10);

  private final AgroalDataSource dataSource;
  private final RecentRows recent;

  @Inject
  public PostgresTokenVault(
      AgroalDataSource dataSource,
      @ConfigProperty(name = "masker.vault.recent-rows", defaultValue = "100000") int recentRows) {
    this(dataSource, new RecentRows(recentRows, RECENT_ROWS_TTL, System::nanoTime));
  }

  PostgresTokenVault(AgroalDataSource dataSource, RecentRows recent) {
    this.dataSource = dataSource;
    this.recent = recent;
  }

  @Override
  public void put(String scope, String token, byte[] sealedValue) {
    if (recent.get(scope, token) != null) {
      return;
    }
    try (var connection = dataSource.getConnection();
        var insert =
            connection.prepareStatement(
                "insert into token_vault (scope, token, sealed) values (?, ?, ?)"
                    + " on conflict (scope, token) do nothing")) {
      insert.setString(1, scope);
      insert.setString(2, token);
      insert.setBytes(3, sealedValue);
      if (insert.executeUpdate() == 1) {
        // Only a row this call wrote: when another got there first, its row is the one that stays.
        recent.put(scope, token, sealedValue);
      }
    } catch (SQLException e) {
      throw unavailable(e);
    }
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
    try (var connection = dataSource.getConnection();
        var select =
            connection.prepareStatement(
                "select sealed from token_vault where scope = ? and token = ?")) {
      select.setString(1, scope);
      select.setString(2, token);
      try (var rows = select.executeQuery()) {
        if (!rows.next()) {
          return Optional.empty();
        }
        var sealed = rows.getBytes(1);
        recent.put(scope, token, sealed);
        return Optional.of(sealed);
      }
    } catch (SQLException e) {
      throw unavailable(e);
    }
  }

  @Override
  public List<String> tokens(String scope) {
    try (var connection = dataSource.getConnection();
        var select = connection.prepareStatement("select token from token_vault where scope = ?")) {
      select.setString(1, scope);
      try (var rows = select.executeQuery()) {
        var tokens = new ArrayList<String>();
        while (rows.next()) {
          tokens.add(rows.getString(1));
        }
        return tokens;
      }
    } catch (SQLException e) {
      throw unavailable(e);
    }
  }

  /** One query for the whole scope: what recalling a session on this server reads. */
  @Override
  public Map<String, byte[]> rows(String scope) {
    try (var connection = dataSource.getConnection();
        var select =
            connection.prepareStatement("select token, sealed from token_vault where scope = ?")) {
      select.setString(1, scope);
      try (var rows = select.executeQuery()) {
        var found = new LinkedHashMap<String, byte[]>();
        while (rows.next()) {
          found.put(rows.getString(1), rows.getBytes(2));
          recent.put(scope, rows.getString(1), rows.getBytes(2));
        }
        return found;
      }
    } catch (SQLException e) {
      throw unavailable(e);
    }
  }

  @Override
  public void dropScope(String scope) {
    recent.dropScope(scope);
    try (var connection = dataSource.getConnection();
        var delete = connection.prepareStatement("delete from token_vault where scope = ?")) {
      delete.setString(1, scope);
      delete.executeUpdate();
    } catch (SQLException e) {
      throw unavailable(e);
    }
  }

  private static Unavailable unavailable(SQLException e) {
    return new Unavailable(
        "the token vault cannot be reached (SQLSTATE " + e.getSQLState() + ")", null);
  }
}
