package dev.masker.adapters.persistence.audit;

import dev.masker.domain.audit.ChainKey;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.TreeSet;

/**
 * Gives the events a transaction inserted their place in their account's chain, in that transaction
 * (docs/adr/0047-audit-chain.md): for each account, in the order of their ids, it locks the chain's
 * head, numbers the account's unchained rows after it in the order (ts, id), hashes each after the
 * one before, and moves the head. Every writer of {@code session_events} calls it before
 * committing; two servers appending to one account queue on the head's lock, so the chain neither
 * forks nor skips a number. Called on the caller's connection, inside its transaction.
 */
public final class ChainAppender {
  static final String LOCK_HEAD =
      "select seq, chain_hash from audit_chain_heads where account_id = ? for update";
  private static final String NEW_HEAD =
      "insert into audit_chain_heads (account_id, seq, chain_hash) values (?, 0, ?)"
          + " on conflict (account_id) do nothing";
  private static final String UNCHAINED =
      "select "
          + EventColumns.SELECT
          + " from session_events where account_id = ? and seq is null order by ts, id";
  private static final String CHAIN =
      "update session_events set seq = ?, chain_hash = ? where id = ? and seq is null";
  private static final String MOVE_HEAD =
      "update audit_chain_heads set seq = ?, chain_hash = ? where account_id = ?";
  private static final int QUERY_TIMEOUT_SECONDS = 30;

  private final ChainKey key;

  public ChainAppender(ChainKey key) {
    this.key = key;
  }

  /** Chains the unchained events of these accounts; how many it chained. */
  public int chainPending(Connection connection, Collection<String> accounts) throws SQLException {
    int chained = 0;
    for (var account : new TreeSet<>(accounts)) {
      chained += chainPending(connection, account);
    }
    return chained;
  }

  private int chainPending(Connection connection, String account) throws SQLException {
    try (var create = connection.prepareStatement(NEW_HEAD)) {
      create.setQueryTimeout(QUERY_TIMEOUT_SECONDS);
      create.setString(1, account);
      create.setBytes(2, ChainKey.genesis());
      create.executeUpdate();
    }
    long seq;
    byte[] hash;
    try (var lock = connection.prepareStatement(LOCK_HEAD)) {
      lock.setQueryTimeout(QUERY_TIMEOUT_SECONDS);
      lock.setString(1, account);
      try (var rows = lock.executeQuery()) {
        if (!rows.next()) {
          throw new SQLException("the chain head of an account vanished while it was locked");
        }
        seq = rows.getLong(1);
        hash = rows.getBytes(2);
      }
    }
    int chained = 0;
    try (var select = connection.prepareStatement(UNCHAINED);
        var chain = connection.prepareStatement(CHAIN)) {
      select.setQueryTimeout(QUERY_TIMEOUT_SECONDS);
      chain.setQueryTimeout(QUERY_TIMEOUT_SECONDS);
      select.setString(1, account);
      try (var rows = select.executeQuery()) {
        while (rows.next()) {
          seq++;
          hash = key.link(hash, EventColumns.json(rows, seq));
          chain.setLong(1, seq);
          chain.setBytes(2, hash);
          chain.setString(3, rows.getString("id"));
          chain.addBatch();
          chained++;
        }
      }
      if (chained == 0) {
        return 0;
      }
      chain.executeBatch();
    }
    try (var move = connection.prepareStatement(MOVE_HEAD)) {
      move.setQueryTimeout(QUERY_TIMEOUT_SECONDS);
      move.setLong(1, seq);
      move.setBytes(2, hash);
      move.setString(3, account);
      move.executeUpdate();
    }
    return chained;
  }
}
