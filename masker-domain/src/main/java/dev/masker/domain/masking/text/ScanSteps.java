package dev.masker.domain.masking.text;

/**
 * The steps the engine's scans take on one thread, counted only while a caller asks for them with
 * {@link #count}: how tests show that the work on a text grows in proportion to its length, without
 * a clock that a busy machine can slow down. A step is one char a scan or a regular expression
 * reads, one token a recognizer reads, or one position a search tries. Timings belong to the JMH
 * benchmarks.
 *
 * <p>When no thread counts, a scan asks once, with one read of a volatile field, and gets {@code
 * null} or its own text back: the request path pays nothing else.
 */
public final class ScanSteps {
  private static final ThreadLocal<ScanSteps> CURRENT = new ThreadLocal<>();

  /** How many threads count now: zero outside tests. */
  private static volatile int counting;

  private long steps;

  private ScanSteps() {}

  /** Runs {@code work} on this thread and returns the steps its scans took. */
  public static long count(Runnable work) {
    var outer = CURRENT.get();
    var tally = new ScanSteps();
    CURRENT.set(tally);
    synchronized (ScanSteps.class) {
      counting++;
    }
    try {
      work.run();
    } finally {
      synchronized (ScanSteps.class) {
        counting--;
      }
      CURRENT.set(outer);
      if (outer != null) {
        outer.steps += tally.steps;
      }
    }
    return tally.steps;
  }

  /** The tally of this thread while it counts, else {@code null}. */
  public static ScanSteps current() {
    return counting == 0 ? null : CURRENT.get();
  }

  /** Records {@code steps} if this thread counts. */
  public static void record(long steps) {
    var tally = current();
    if (tally != null) {
      tally.steps += steps;
    }
  }

  /**
   * The text to give a scan that reads it char by char (a regular expression, a token scan): while
   * this thread counts, a view that counts every char read as a step; otherwise {@code text}
   * itself.
   */
  public static CharSequence readable(CharSequence text) {
    var tally = current();
    return tally == null ? text : new CountedChars(text, tally);
  }

  /** Adds {@code steps} to this tally. */
  public void add(long steps) {
    this.steps += steps;
  }

  /** A text that counts the chars read from it. */
  private static final class CountedChars implements CharSequence {
    private final CharSequence text;
    private final ScanSteps tally;

    CountedChars(CharSequence text, ScanSteps tally) {
      this.text = text;
      this.tally = tally;
    }

    @Override
    public char charAt(int index) {
      tally.steps++;
      return text.charAt(index);
    }

    @Override
    public int length() {
      return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
      tally.steps += end - start;
      return text.subSequence(start, end);
    }

    @Override
    public String toString() {
      return text.toString();
    }
  }
}
