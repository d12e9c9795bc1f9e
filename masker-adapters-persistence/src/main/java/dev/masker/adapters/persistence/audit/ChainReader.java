package dev.masker.adapters.persistence.audit;

import dev.masker.domain.account.AccountId;
import dev.masker.domain.audit.ChainCheck;
import dev.masker.domain.audit.ChainWalk;
import dev.masker.domain.audit.ChainedEvent;
import dev.masker.domain.audit.RetentionCheckpoint;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Reads one account's chain for a {@link ChainWalk}, in sequence order and in pages — the events
 * and retention's checkpoints side by side — on a connection in one repeatable-read transaction, so
 * that the walk sees the chain as one commit left it.
 */
final class ChainReader {
  static final int PAGE = 1000;
  private static final int QUERY_TIMEOUT_SECONDS = 120;

  private static final String HEAD =
      "select seq, chain_hash from audit_chain_heads where account_id = ?";
  private static final String EVENTS =
      "select "
          + EventColumns.SELECT
          + " from session_events where account_id = ? and seq > ? order by seq limit "
          + PAGE;
  private static final String CHECKPOINTS =
      "select first_seq, last_seq, last_hash, seal from audit_retention_checkpoints"
          + " where account_id = ? and last_seq > ? order by first_seq limit "
          + PAGE;

  private final Connection connection;
  private final AccountId account;

  ChainReader(Connection connection, AccountId account) {
    this.connection = connection;
    this.account = account;
  }

  /** Feeds the walk everything after {@code afterSeq}, then ends it at the chain's head. */
  ChainCheck walk(ChainWalk walk, long afterSeq) throws SQLException {
    long headSeq = 0;
    byte[] headHash = null;
    try (var head = connection.prepareStatement(HEAD)) {
      head.setQueryTimeout(QUERY_TIMEOUT_SECONDS);
      head.setString(1, account.value());
      try (var rows = head.executeQuery()) {
        if (rows.next()) {
          headSeq = rows.getLong(1);
          headHash = rows.getBytes(2);
        }
      }
    }
    var events = new ArrayDeque<ChainedEvent>();
    var checkpoints = new ArrayDeque<RetentionCheckpoint>();
    long eventsAfter = afterSeq;
    long checkpointsAfter = afterSeq;
    boolean moreEvents = true;
    boolean moreCheckpoints = true;
    while (!walk.broken()) {
      if (events.isEmpty() && moreEvents) {
        moreEvents = events(eventsAfter, events);
        if (!events.isEmpty()) {
          eventsAfter = events.peekLast().seq();
        }
      }
      if (checkpoints.isEmpty() && moreCheckpoints) {
        moreCheckpoints = checkpoints(checkpointsAfter, checkpoints);
        if (!checkpoints.isEmpty()) {
          checkpointsAfter = checkpoints.peekLast().lastSeq();
        }
      }
      if (events.isEmpty() && checkpoints.isEmpty()) {
        break;
      }
      if (checkpoints.isEmpty()
          || (!events.isEmpty() && events.peekFirst().seq() < checkpoints.peekFirst().firstSeq())) {
        walk.event(events.pollFirst());
      } else {
        walk.checkpoint(checkpoints.pollFirst());
      }
    }
    return walk.end(headSeq, headHash);
  }

  /** The next page of events after {@code after}; whether there may be more. */
  private boolean events(long after, Deque<ChainedEvent> into) throws SQLException {
    try (var select = connection.prepareStatement(EVENTS)) {
      select.setQueryTimeout(QUERY_TIMEOUT_SECONDS);
      select.setString(1, account.value());
      select.setLong(2, after);
      int read = 0;
      try (var rows = select.executeQuery()) {
        while (rows.next()) {
          into.add(EventColumns.chained(rows));
          read++;
        }
      }
      return read == PAGE;
    }
  }

  private boolean checkpoints(long after, Deque<RetentionCheckpoint> into) throws SQLException {
    try (var select = connection.prepareStatement(CHECKPOINTS)) {
      select.setQueryTimeout(QUERY_TIMEOUT_SECONDS);
      select.setString(1, account.value());
      select.setLong(2, after);
      int read = 0;
      try (var rows = select.executeQuery()) {
        while (rows.next()) {
          into.add(
              new RetentionCheckpoint(
                  account, rows.getLong(1), rows.getLong(2), rows.getBytes(3), rows.getBytes(4)));
          read++;
        }
      }
      return read == PAGE;
    }
  }
}
