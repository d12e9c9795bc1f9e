package dev.masker.adapters.persistence.vault;

import dev.masker.domain.masking.vault.TokenVault;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The token vault in PostgreSQL. It sits on the masking hot path, so it speaks plain JDBC (one
 * statement per call, auto-commit, no ORM session) rather than Panache; every failure becomes
 * {@link TokenVault.Unavailable}, which makes masking fail closed. Exception messages of the driver
 * are not kept: they could quote parameters.
 */
@ApplicationScoped
public class PostgresTokenVault implements TokenVault {
  private final AgroalDataSource dataSource;

  public PostgresTokenVault(AgroalDataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public void put(String scope, String token, byte[] sealedValue) {
    try (var connection = dataSource.getConnection();
        var insert =
            connection.prepareStatement(
                "insert into token_vault (scope, token, sealed) values (?, ?, ?)"
                    + " on conflict (scope, token) do nothing")) {
      insert.setString(1, scope);
      insert.setString(2, token);
      insert.setBytes(3, sealedValue);
      insert.executeUpdate();
    } catch (SQLException e) {
      throw unavailable(e);
    }
  }

  @Override
  public Optional<byte[]> get(String scope, String token) {
    try (var connection = dataSource.getConnection();
        var select =
            connection.prepareStatement(
                "select sealed from token_vault where scope = ? and token = ?")) {
      select.setString(1, scope);
      select.setString(2, token);
      try (var rows = select.executeQuery()) {
        return rows.next() ? Optional.of(rows.getBytes(1)) : Optional.empty();
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

  @Override
  public void dropScope(String scope) {
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
