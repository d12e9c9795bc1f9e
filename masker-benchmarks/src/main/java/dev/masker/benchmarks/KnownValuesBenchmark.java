package dev.masker.benchmarks;

import dev.masker.domain.masking.EntityKind;
import dev.masker.domain.masking.Masker;
import dev.masker.domain.masking.Pass;
import dev.masker.domain.masking.known.KnownValues;
import dev.masker.domain.masking.policy.Policy;
import java.util.List;
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
 * The cost of "known values everywhere" for a session that has revealed 50 values (names, phone
 * numbers, ids, e-mails, dates): learning them and building the automaton, one more value arriving,
 * and searching a typical turn, a 20-turn history and an already masked turn for recurrences.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class KnownValuesBenchmark {
  /** 50 values of a long call: 10 of each of five kinds. */
  static final List<Value> FIFTY = fifty();

  private KnownValues session;
  private String conversation;
  private String maskedTurn;

  record Value(EntityKind kind, String surface, String canonical) {}

  private static List<Value> fifty() {
    var names =
        List.of(
            "Maria Lopez",
            "Evelyn Okafor",
            "Dagny Halvorsen",
            "Omar Petrossian",
            "Priya Raghunathan",
            "Kwame Mensah",
            "Mateo Herrera",
            "Ingrid Solberg",
            "Farah Haddad",
            "Nikolai Sokolov");
    var values = new java.util.ArrayList<Value>();
    for (int i = 0; i < 10; i++) {
      values.add(new Value(EntityKind.NAME, names.get(i), names.get(i)));
      var phone = String.format("415 55%d 26%02d", i, i * 7);
      values.add(new Value(EntityKind.PHONE, phone, phone.replace(" ", "")));
      var id = "XJH12345" + (6789 + i);
      values.add(new Value(EntityKind.HEALTH_PLAN_ID, id, id));
      var email = "patient" + i + ".lopez@example.com";
      values.add(new Value(EntityKind.EMAIL, email, email));
      var date = String.format("03/%02d/1961", i + 1);
      values.add(new Value(EntityKind.DOB, date, String.format("1961-03-%02d", i + 1)));
    }
    return List.copyOf(values);
  }

  @Setup
  public void setUp() {
    session = learned();
    session.find(MaskingBenchmark.TURN); // builds the automaton once
    var turns = new StringBuilder();
    for (int i = 0; i < 20; i++) {
      turns.append(i % 2 == 0 ? "user: " : "assistant: ");
      turns.append(MaskingBenchmark.TURN).append('\n');
    }
    conversation = turns.toString();
    var masker =
        Masker.builder()
            .policy(Policy.healthcareDefault())
            .key("K_HEALTHCARE", new byte[32])
            .build();
    maskedTurn = masker.mask("bench", MaskingBenchmark.TURN).text();
  }

  private static KnownValues learned() {
    var known = new KnownValues(true, true);
    for (var value : FIFTY) {
      known.learn(value.kind(), value.surface(), value.canonical(), 0.9, Pass.REGEX);
    }
    return known;
  }

  /** A session learns 50 values, then its first search builds the automaton. */
  @Benchmark
  public Object learnFiftyValuesAndSearchOnce() {
    var known = learned();
    return known.find("thanks");
  }

  /** One more value arrives in a 50-value session: the next search rebuilds the automaton. */
  @Benchmark
  public Object oneMoreValueThenSearch() {
    var known = learned();
    known.find("thanks");
    known.learn(EntityKind.NAME, "Teodor Lindqvist", "Teodor Lindqvist", 0.9, Pass.REGEX);
    return known.find("thanks");
  }

  /** Recurrences of 50 known values in a typical 328-character voice turn. */
  @Benchmark
  public Object searchTypicalTurn() {
    return session.find(MaskingBenchmark.TURN);
  }

  /** Recurrences of 50 known values in a 20-turn history (6,800 characters). */
  @Benchmark
  public Object searchTwentyTurnHistory() {
    return session.find(conversation);
  }

  /** Values still in clear in a turn masked before (its tokens skipped). */
  @Benchmark
  public Object searchMaskedTurn() {
    return session.findInMasked(maskedTurn);
  }
}
