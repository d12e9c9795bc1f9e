package dev.masker.adapters.persistence.session;

import dev.masker.adapters.persistence.DatabaseDeadline;
import dev.masker.application.port.out.PayloadRepository;
import dev.masker.application.port.out.StoreUnavailable;
import dev.masker.domain.account.AccountId;
import dev.masker.domain.session.SessionId;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * A session's sealed payloads in PostgreSQL, read in one query under the request path's {@link
 * DatabaseDeadline}; the session must belong to the account. Nothing is opened here.
 */
@ApplicationScoped
public class PostgresPayloadRepository implements PayloadRepository {
  private static final String SELECT =
      "select p.turn, p.kid, p.request, p.masked, p.response"
          + " from sessions s left join turn_payloads p on p.session_id = s.id"
          + " where s.id = ? and s.account_id = ? order by p.turn";

  private final DataSource dataSource;
  private final DatabaseDeadline deadline;

  @Inject
  public PostgresPayloadRepository(AgroalDataSource dataSource, DatabaseDeadline deadline) {
    this.dataSource = dataSource;
    this.deadline = deadline;
  }

  @Override
  public Optional<List<Sealed>> find(AccountId account, SessionId session) {
    try {
      return deadline.call(
          () -> {
            try (var connection = dataSource.getConnection();
                var select = connection.prepareStatement(SELECT)) {
              select.setString(1, session.value());
              select.setString(2, account.value());
              try (var rows = select.executeQuery()) {
                if (!rows.next()) {
                  return Optional.<List<Sealed>>empty();
                }
                var found = new ArrayList<Sealed>();
                do {
                  if (rows.getString(2) != null) {
                    found.add(
                        new Sealed(
                            rows.getInt(1),
                            rows.getString(2),
                            rows.getBytes(3),
                            rows.getBytes(4),
                            rows.getBytes(5)));
                  }
                } while (rows.next());
                return Optional.<List<Sealed>>of(found);
              }
            }
          });
    } catch (SQLException e) {
      throw new StoreUnavailable("payloads could not be read (SQLSTATE " + e.getSQLState() + ")");
    }
  }
}
