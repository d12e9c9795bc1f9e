package dev.masker.benchmarks;

import dev.masker.domain.masking.Detector;
import dev.masker.domain.masking.Masker;
import dev.masker.domain.masking.policy.Policy;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Detection and masking of one very large message (100 KB and 1 MB): a long transcript of varied
 * conversational sentences with PHI sprinkled in, and pathological texts built to make a careless
 * recognizer slow — digit groups with every separator, number words, capitalised names, "a@"
 * repeated, and digit groups split by no-break and zero-width spaces (which detection folds). Each
 * text is made from a fixed seed, so every run sees the same characters.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 3)
@Fork(1)
public class LargeInputBenchmark {
  @Param({"transcript", "digits", "numberWords", "names", "atSigns", "foldedDigits"})
  public String input;

  @Param({"100000", "1000000"})
  public int size;

  private Detector detector;
  private Masker masker;
  private String text;

  @Setup
  public void setUp() {
    var key = new byte[32];
    for (int i = 0; i < key.length; i++) {
      key[i] = (byte) i;
    }
    detector = Detector.of(Policy.healthcareDefault());
    masker = Masker.builder().policy(Policy.healthcareDefault()).key("K_HEALTHCARE", key).build();
    text = LargeInputs.of(input, size);
  }

  @Benchmark
  public Object detect() {
    return detector.detect(text);
  }

  /** Detection, resolution and a token per value (in-memory vault). */
  @Benchmark
  public Object mask() {
    return masker.mask("bench-large", text);
  }

  /** The texts, by name; {@code size} chars each (cut at the end). */
  static final class LargeInputs {
    private static final String[] OPENERS = {
      "um hi yeah", "okay so", "right, and", "hello, I'm calling because", "so basically", "yes,"
    };
    private static final String[] FIRST = {
      "Maria", "James", "Aisha", "Wei", "Olga", "Carlos", "Priya", "Tom", "Fatima", "Kenji"
    };
    private static final String[] LAST = {
      "Lopez", "Smith", "Okafor", "Chen", "Ivanova", "Garcia", "Patel", "Brown", "Haddad", "Sato"
    };
    private static final String[] PLAIN = {
      "the doctor said she should take two tablets twice a day with food",
      "I was wondering if we could move the visit to next tuesday afternoon instead",
      "the pharmacy on main street never got the prescription from the clinic",
      "she has been feeling a bit dizzy since last week and her blood pressure is up",
      "can you tell me whether the lab results came back yet",
      "we tried calling yesterday but nobody picked up the phone",
      "my insurance changed in january so I need to update it",
      "he is allergic to penicillin and gets a rash from ibuprofen",
      "the parking garage was full so I might be ten minutes late",
      "thank you so much, you have been really helpful today"
    };
    private static final String[] WORDS = {
      "zero", "oh", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
      "twelve", "twenty", "double", "hundred"
    };

    private LargeInputs() {}

    static String of(String name, int size) {
      var random = new SplittableRandom(20261204L);
      var out = new StringBuilder(size + 256);
      while (out.length() < size) {
        switch (name) {
          case "transcript":
            sentence(random, out);
            break;
          case "digits":
            digitGroup(random, out, " -.,/:\n".charAt(random.nextInt(7)));
            break;
          case "numberWords":
            out.append(WORDS[random.nextInt(WORDS.length)])
                .append(random.nextInt(6) == 0 ? ", " : " ");
            break;
          case "names":
            out.append(FIRST[random.nextInt(FIRST.length)]).append(' ');
            out.append(LAST[random.nextInt(LAST.length)])
                .append(random.nextInt(4) == 0 ? ", " : " ");
            break;
          case "atSigns":
            out.append("a@");
            break;
          case "foldedDigits":
            digitGroup(random, out, "\u00a0\u200b\u2009\u2013\uff0d".charAt(random.nextInt(5)));
            break;
          default:
            throw new IllegalArgumentException("no input " + name);
        }
      }
      out.setLength(size);
      return out.toString();
    }

    private static void digitGroup(SplittableRandom random, StringBuilder out, char separator) {
      int digits = 1 + random.nextInt(4);
      for (int i = 0; i < digits; i++) {
        out.append((char) ('0' + random.nextInt(10)));
      }
      out.append(separator);
    }

    /** One conversational sentence; about one in three carries a value. */
    private static void sentence(SplittableRandom random, StringBuilder out) {
      out.append(OPENERS[random.nextInt(OPENERS.length)]).append(' ');
      String first = FIRST[random.nextInt(FIRST.length)];
      String last = LAST[random.nextInt(LAST.length)];
      switch (random.nextInt(12)) {
        case 0:
          out.append("this is ").append(first).append(' ').append(last).append(" calling");
          break;
        case 1:
          out.append("my date of birth is march ")
              .append(1 + random.nextInt(28))
              .append(", 19")
              .append(40 + random.nextInt(60));
          break;
        case 2:
          out.append("you can reach me at (")
              .append(200 + random.nextInt(800))
              .append(") 555-")
              .append(1000 + random.nextInt(9000));
          break;
        case 3:
          out.append("my email is ")
              .append(first.toLowerCase())
              .append('.')
              .append(last.toLowerCase())
              .append("@example.com");
          break;
        case 4:
          out.append("the member id is W").append(100000000 + random.nextInt(899999999));
          break;
        default:
          out.append(PLAIN[random.nextInt(PLAIN.length)]);
      }
      out.append(random.nextInt(3) == 0 ? ".\n" : ". ");
    }
  }
}
