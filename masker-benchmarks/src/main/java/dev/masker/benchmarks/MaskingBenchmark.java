package dev.masker.benchmarks;

import dev.masker.domain.masking.Masker;
import dev.masker.domain.masking.lexicon.LexiconPass;
import dev.masker.domain.masking.policy.Policy;
import dev.masker.domain.masking.regex.RegexPass;
import dev.masker.domain.masking.spoken.SpokenFormsRecognizer;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The engine's hot paths on the texts a voice agent sends: one typical turn (about 300 characters,
 * spoken numbers, a name, a date of birth), a 20-turn conversation, rehydrating an answer, and the
 * streaming rehydrator fed 8-character chunks.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class MaskingBenchmark {
  static final String TURN =
      "um hi yeah this is maria lopez calling about my mom's appointment, her date of birth is"
          + " march third nineteen eighty two and you can reach me at four one five, five five"
          + " five, twelve twelve or by email at maria dot lopez at gmail dot com, her member id"
          + " is W 123456789 and we live at 1234 oak street in springfield, thanks so much";

  static final String LOWER_CASE_TURN = TURN.toLowerCase(java.util.Locale.ROOT);

  private final RegexPass written = new RegexPass();
  private final SpokenFormsRecognizer spoken = new SpokenFormsRecognizer();
  private final LexiconPass lexicon = new LexiconPass();
  private Masker masker;
  private String conversation;
  private String maskedTurn;

  @Setup
  public void setUp() {
    var key = new byte[32];
    for (int i = 0; i < key.length; i++) {
      key[i] = (byte) i;
    }
    masker = Masker.builder().policy(Policy.healthcareDefault()).key("K_HEALTHCARE", key).build();
    var turns = new StringBuilder();
    for (int i = 0; i < 20; i++) {
      turns.append(i % 2 == 0 ? "user: " : "assistant: ").append(TURN).append('\n');
    }
    conversation = turns.toString();
    maskedTurn = masker.mask("bench", TURN).text();
  }

  @Benchmark
  public Object maskTypicalTurn() {
    return masker.mask("bench", TURN);
  }

  /**
   * The typical turn as most speech-to-text engines write it, in lower case only: the turns where
   * words no dictionary has are read as names (the dictionary is searched).
   */
  @Benchmark
  public Object maskLowerCaseTurn() {
    return masker.mask("bench", LOWER_CASE_TURN);
  }

  @Benchmark
  public Object maskTwentyTurnConversation() {
    return masker.mask("bench", conversation);
  }

  /** Where masking a turn spends its time: each pass alone, then resolution and tokens. */
  @Benchmark
  public Object passWrittenFormsOnTypicalTurn() {
    return written.find(TURN);
  }

  @Benchmark
  public Object passSpokenFormsOnTypicalTurn() {
    return spoken.find(TURN);
  }

  @Benchmark
  public Object passLexiconOnTypicalTurn() {
    return lexicon.find(TURN);
  }

  @Benchmark
  public Object detectTypicalTurn() {
    return masker.detect(TURN);
  }

  @Benchmark
  public Object rehydrateTypicalTurn() {
    return masker.rehydrate("bench", maskedTurn);
  }

  /** The whole answer fed in 8-character chunks; divide by the chunk count for one chunk. */
  @Benchmark
  public Object streamRehydrateTypicalTurnIn8CharChunks() {
    var stream = masker.streamRehydrator("bench");
    var out = new StringBuilder(maskedTurn.length());
    for (int i = 0; i < maskedTurn.length(); i += 8) {
      out.append(stream.accept(maskedTurn.substring(i, Math.min(maskedTurn.length(), i + 8))));
    }
    return out.append(stream.finish());
  }
}
