package dev.masker.adapters.persistence.audit;

import dev.masker.domain.audit.ChainKey;
import dev.masker.domain.audit.EventJson;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;

/**
 * Gives events their places in their account's chain, in the transaction that writes them
 * (docs/adr/0047-audit-chain.md). For each account, in the order of their ids, it locks the chain's
 * head, so that two servers appending to one account queue there and the chain neither forks nor
 * skips a number. A writer that builds its rows itself (the turn log) hashes them before it inserts
 * them ({@link #lock}, {@link Heads#link}, {@link Heads#move}): one insert per event, nothing to
 * find and update afterwards. A writer that inserts through another layer (the agent API) inserts
 * first and chains what it left unchained before committing ({@link #chainPending}), in the order
 * (ts, id). Called on the caller's connection, inside its transaction.
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
    var heads = lock(connection, accounts);
    heads.move(connection);
    return heads.chained;
  }

  /**
   * The heads of these accounts' chains, locked until the transaction ends, each after any event of
   * its account still unchained (written before the chain existed, or by a writer that chains after
   * inserting).
   */
  public Heads lock(Connection connection, Collection<String> accounts) throws SQLException {
    var heads = new Heads();
    for (var account : new TreeSet<>(accounts)) {
      var head = lockHead(connection, account);
      heads.chained += chainUnchained(connection, account, head);
      heads.heads.put(account, head);
    }
    return heads;
  }

  /** The locked heads of a transaction's accounts, moved along as its events are linked. */
  public final class Heads {
    private final Map<String, Head> heads = new HashMap<>();
    private int chained;

    private Heads() {}

    /**
     * The next place in {@code account}'s chain for the event whose columns hold {@code values} (as
     * {@link EventJson#of} takes them, without {@code seq}): its sequence number and chain hash,
     * which the event must be stored with, its columns holding exactly those values.
     *
     * @throws IllegalStateException for an account whose head this transaction did not lock
     */
    public Link link(String account, Map<String, ?> values) {
      var head = heads.get(account);
      if (head == null) {
        throw new IllegalStateException("the chain head of this account is not locked");
      }
      var withSeq = new HashMap<String, Object>(values);
      withSeq.put("seq", head.seq + 1);
      head.seq++;
      head.hash = key.link(head.hash, EventJson.of(withSeq));
      chained++;
      return new Link(head.seq, head.hash);
    }

    /** Stores each head where its chain now ends. */
    public void move(Connection connection) throws SQLException {
      try (var move = connection.prepareStatement(MOVE_HEAD)) {
        move.setQueryTimeout(QUERY_TIMEOUT_SECONDS);
        boolean any = false;
        for (var entry : heads.entrySet()) {
          if (entry.getValue().seq == entry.getValue().lockedAt) {
            continue;
          }
          move.setLong(1, entry.getValue().seq);
          move.setBytes(2, entry.getValue().hash);
          move.setString(3, entry.getKey());
          move.addBatch();
          any = true;
        }
        if (any) {
          move.executeBatch();
        }
      }
    }
  }

  /** An event's place in its chain. */
  public record Link(long seq, byte[] hash) {}

  private static final class Head {
    private final long lockedAt;
    private long seq;
    private byte[] hash;

    private Head(long seq, byte[] hash) {
      this.lockedAt = seq;
      this.seq = seq;
      this.hash = hash;
    }
  }

  private static Head lockHead(Connection connection, String account) throws SQLException {
    try (var create = connection.prepareStatement(NEW_HEAD)) {
      create.setQueryTimeout(QUERY_TIMEOUT_SECONDS);
      create.setString(1, account);
      create.setBytes(2, ChainKey.genesis());
      create.executeUpdate();
    }
    try (var lock = connection.prepareStatement(LOCK_HEAD)) {
      lock.setQueryTimeout(QUERY_TIMEOUT_SECONDS);
      lock.setString(1, account);
      try (var rows = lock.executeQuery()) {
        if (!rows.next()) {
          throw new SQLException("the chain head of an account vanished while it was locked");
        }
        return new Head(rows.getLong(1), rows.getBytes(2));
      }
    }
  }

  private int chainUnchained(Connection connection, String account, Head head) throws SQLException {
    int chained = 0;
    try (var select = connection.prepareStatement(UNCHAINED);
        var chain = connection.prepareStatement(CHAIN)) {
      select.setQueryTimeout(QUERY_TIMEOUT_SECONDS);
      chain.setQueryTimeout(QUERY_TIMEOUT_SECONDS);
      select.setString(1, account);
      try (var rows = select.executeQuery()) {
        while (rows.next()) {
          head.seq++;
          head.hash = key.link(head.hash, EventColumns.json(rows, head.seq));
          chain.setLong(1, head.seq);
          chain.setBytes(2, head.hash);
          chain.setString(3, rows.getString("id"));
          chain.addBatch();
          chained++;
        }
      }
      if (chained > 0) {
        chain.executeBatch();
      }
    }
    return chained;
  }
}
