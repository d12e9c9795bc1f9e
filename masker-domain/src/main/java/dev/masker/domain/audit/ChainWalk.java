package dev.masker.domain.audit;

import java.util.HexFormat;

/**
 * Verifies an account's chain as it is read, in sequence order, one event or retention checkpoint
 * at a time, so that no reader holds the chain in memory (SPEC §8). Each event must come at the
 * next sequence number and hash, after the hash before it, to the hash stored with it; a retention
 * checkpoint must be sealed with the audit key and stands for the events it says were deleted. The
 * first break is kept and the rest ignored. Messages say where and how the chain breaks (sequence
 * numbers, event ids, what differs), never a value of an event or a hash.
 */
public final class ChainWalk {
  private static final HexFormat HEX = HexFormat.of();

  private final ChainKey key;
  private final byte[] start;
  private final long startSeq;
  private long expected;
  private byte[] previous;
  private long events;
  private long deleted;
  private String failure;

  /** An event whose stored hash differed, held back to see whether it was swapped with the next. */
  private ChainedEvent mismatched;

  private byte[] mismatchedComputed;

  /**
   * A walk that goes on after the event {@code afterSeq}, whose chain hash was {@code afterHash}.
   */
  public ChainWalk(ChainKey key, long afterSeq, byte[] afterHash) {
    if (afterSeq < 0 || afterHash == null || afterHash.length != ChainKey.LENGTH) {
      throw new IllegalArgumentException("a walk starts after seq 0 or later, from a chain hash");
    }
    this.key = key;
    this.start = afterHash.clone();
    this.startSeq = afterSeq;
    this.expected = afterSeq + 1;
    this.previous = afterHash.clone();
  }

  /** A walk of the whole chain, from {@code hash_0}. */
  public static ChainWalk fromGenesis(ChainKey key) {
    return new ChainWalk(key, 0, ChainKey.genesis());
  }

  /** Whether a break was found: what comes next is not looked at. */
  public boolean broken() {
    return failure != null;
  }

  /** The sequence number of the last event or checkpoint that checked out. */
  public long lastSeq() {
    return expected - 1;
  }

  /** The chain hash after the last event or checkpoint that checked out. */
  public byte[] lastHash() {
    return previous.clone();
  }

  public void event(ChainedEvent event) {
    if (broken()) {
      return;
    }
    if (mismatched != null) {
      if (ChainKey.same(event.storedHash(), mismatchedComputed)) {
        fail(
            "events at seq %d (%s) and seq %d (%s) are out of order: the chain hash stored at seq"
                + " %d belongs to seq %d",
            mismatched.seq(),
            mismatched.id(),
            event.seq(),
            event.id(),
            event.seq(),
            mismatched.seq());
      } else {
        failMismatch();
      }
      return;
    }
    if (!inPlace(event.seq(), event.id())) {
      return;
    }
    var computed = key.link(previous, event.json());
    if (!ChainKey.same(computed, event.storedHash())) {
      mismatched = event;
      mismatchedComputed = computed;
      return;
    }
    previous = event.storedHash().clone();
    expected++;
    events++;
  }

  public void checkpoint(RetentionCheckpoint checkpoint) {
    if (broken()) {
      return;
    }
    if (mismatched != null) {
      failMismatch();
      return;
    }
    if (checkpoint.lastSeq() < expected) {
      return; // deleted before where this walk starts
    }
    if (checkpoint.firstSeq() > expected) {
      failGap(checkpoint.firstSeq());
      return;
    }
    if (!checkpoint.sealedBy(key)) {
      fail(
          "the retention checkpoint of seq %d to %d is not sealed with the audit key: it was"
              + " forged or changed",
          checkpoint.firstSeq(), checkpoint.lastSeq());
      return;
    }
    deleted += checkpoint.lastSeq() - expected + 1;
    previous = checkpoint.lastHash().clone();
    expected = checkpoint.lastSeq() + 1;
  }

  /**
   * The outcome, given the chain's head as stored (its sequence number and hash; 0 and null when
   * the account has no chain yet).
   */
  public ChainCheck end(long headSeq, byte[] headHash) {
    if (!broken() && mismatched != null) {
      failMismatch();
    }
    if (!broken()) {
      if (lastSeq() < headSeq) {
        fail(
            "the chain ends at seq %d but its head is at seq %d: the events after seq %d are"
                + " missing",
            lastSeq(), headSeq, lastSeq());
      } else if (lastSeq() > headSeq) {
        fail(
            "the chain goes on to seq %d past its head at seq %d: the head was changed",
            lastSeq(), headSeq);
      } else if (headSeq > 0 && !ChainKey.same(previous, headHash)) {
        fail(
            "the event at seq %d does not end the chain with the head's hash: the head was changed",
            headSeq);
      }
    }
    return new ChainCheck(
        !broken(), events, HEX.formatHex(start), HEX.formatHex(previous), message());
  }

  private String message() {
    if (broken()) {
      return failure;
    }
    if (lastSeq() == startSeq) {
      return startSeq == 0
          ? "The chain has no events yet"
          : String.format("No events after seq %d, where the check started", startSeq);
    }
    var text = String.format("%d events verified, seq %d to %d", events, startSeq + 1, lastSeq());
    return deleted == 0
        ? text
        : text + String.format(", across %d events deleted by retention", deleted);
  }

  private boolean inPlace(long seq, String id) {
    if (seq > expected) {
      failGap(seq);
      return false;
    }
    if (seq < expected) {
      fail(
          "the event %s at seq %d comes again after seq %d: the chain is out of order",
          id, seq, lastSeq());
      return false;
    }
    return true;
  }

  private void failGap(long next) {
    fail(
        expected == next - 1
            ? "seq %d is missing (the chain goes from seq %d to %d) and no retention checkpoint"
                + " covers it"
            : "seq %d and later are missing (the chain goes from seq %d to %d) and no retention"
                + " checkpoint covers them",
        expected,
        expected - 1,
        next);
  }

  private void failMismatch() {
    fail(
        "the event at seq %d (%s) does not hash to the chain hash stored with it: the event, its"
            + " place or its hash was changed",
        mismatched.seq(), mismatched.id());
  }

  private void fail(String format, Object... args) {
    failure = String.format(format, args);
    mismatched = null;
  }
}
