package dev.masker.domain.masking;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masker.domain.masking.policy.Policy;
import java.util.SplittableRandom;
import java.util.function.IntFunction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Detection of one 1 MB message, realistic and pathological, does ten times the work of a 100 KB
 * one, not a hundred (issue 9: "one 1 MB message takes 5 s"). Work is counted in steps ({@link
 * LinearWork}: chars and tokens the scans read, positions they try), never timed, and for the
 * transcript also the number of values found. docs/benchmarks.md has the times themselves.
 */
class LargeInputTest {
  private static final Detector DETECTOR = Detector.of(Policy.healthcareDefault());
  private static final int SMALL = 100_000;
  private static final int LARGE = 1_000_000;

  private static final String[] SENTENCES = {
    "the doctor said she should take two tablets twice a day with food. ",
    "I was wondering if we could move the visit to next tuesday afternoon. ",
    "um so basically the pharmacy never got the prescription, you know. ",
    "she has been feeling a bit dizzy since last week and her pressure is up. ",
  };

  /** A text of {@code size} chars from a seeded generator, so every run sees the same one. */
  private static String text(String shape, int size) {
    var random = new SplittableRandom(9L);
    var out = new StringBuilder(size + 200);
    IntFunction<String> digits =
        n -> {
          var d = new StringBuilder();
          for (int i = 0; i < n; i++) {
            d.append((char) ('0' + random.nextInt(10)));
          }
          return d.toString();
        };
    while (out.length() < size) {
      switch (shape) {
        case "transcript":
          out.append(SENTENCES[random.nextInt(SENTENCES.length)]);
          if (random.nextInt(3) == 0) {
            out.append("you can reach me at (415) 555-").append(digits.apply(4)).append(". ");
          }
          break;
        case "digit groups":
          out.append(digits.apply(1 + random.nextInt(4)))
              .append(" -.,/:\n".charAt(random.nextInt(7)));
          break;
        case "number words":
          out.append(
              new String[] {"four", "oh", "twelve", "double", "five", "hundred", ","}
                  [random.nextInt(7)]);
          out.append(' ');
          break;
        case "capitalised names":
          out.append(
              new String[] {"Maria ", "Lopez ", "John ", "Smith, ", "Okafor "}[random.nextInt(5)]);
          break;
        case "postal addresses":
          out.append(
              new String[] {
                    "Tromsø ",
                    "9008",
                    ", ",
                    "Norway ",
                    "Strandvejen ",
                    "12 ",
                    "CEP ",
                    "01310-100 ",
                    "In der ",
                    "Lyon ",
                    "\n",
                    "utca ",
                    "69002 ",
                    "SP ",
                    "- ",
                    "lives at ",
                    "2019 "
                  }
                  [random.nextInt(17)]);
          break;
        case "at signs":
          out.append("a@");
          break;
        case "folded digits":
          out.append(digits.apply(3))
              .append("\u00a0\u200b\u2013\n\uff0d".charAt(random.nextInt(5)));
          break;
        case "other scripts":
          out.append(
              "\u0664\u0661\u0665 \u096b\u096b\u096b \uff12\uff16\uff17\uff11 \ud83d\ude00 \u4e2d\u6587 ");
          break;
        case "escapes":
          out.append(
              new String[] {"&#52;", "%35", "\\u0036", " [at] ", "%25%37", "\u2779", "\ud83d\ude42"}
                  [random.nextInt(7)]);
          break;
        case "json-like records":
          out.append(
              new String[] {
                    "{",
                    "'family': ",
                    "'Halvorsen'",
                    ", ",
                    "mrn: ",
                    "40071882",
                    "}",
                    "\n",
                    ":",
                    "\"",
                    "**Last name:** ",
                    "415\u00b7555*0134 "
                  }
                  [random.nextInt(12)]);
          break;
        case "html and hl7":
          out.append(
              new String[] {
                    "<tr>",
                    "<th>last</th>",
                    "<td>",
                    "Halvorsen",
                    "</td>",
                    "<span class=\"mrn\">",
                    "</span>",
                    "<b>MRN:</b> ",
                    "40071882",
                    "\rPID|",
                    "^",
                    "|",
                    "<input name=\"x\" ",
                    "value=\"y\">",
                    "<dt>Surname</dt><dd>"
                  }
                  [random.nextInt(15)]);
          break;
        case "spoken corrections and towns":
          out.append(
              new String[] {
                    "zip is three five two eight six, ",
                    "no, sorry, ",
                    "three five two eight one ",
                    "i'm staying with genia in orrin ",
                    "until ",
                    "in castor ridge, ",
                    "rural route five box ",
                    "sixty two, ",
                    "joselyn is 100 ",
                    "and "
                  }
                  [random.nextInt(10)]);
          break;
        default:
          throw new IllegalArgumentException(shape);
      }
    }
    out.setLength(size);
    return out.toString();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "transcript",
        "digit groups",
        "number words",
        "capitalised names",
        "postal addresses",
        "at signs",
        "folded digits",
        "other scripts",
        "escapes",
        "json-like records",
        "html and hl7",
        "spoken corrections and towns"
      })
  void a_one_megabyte_message_takes_ten_times_the_steps_of_a_hundred_kilobyte_one(String shape) {
    LinearWork.assertLinear(shape, text(shape, SMALL), text(shape, LARGE), DETECTOR::detect);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(ints = {SMALL, LARGE})
  void every_planted_phone_number_of_a_long_transcript_is_found(int size) {
    var text = text("transcript", size);
    int planted = text.split("reach me at \\(415\\) 555-\\d{4}", -1).length - 1;

    var phones = DETECTOR.detect(text).stream().filter(d -> d.kind() == EntityKind.PHONE).count();

    assertThat(planted).isGreaterThan(size / 1000);
    assertThat(phones).isEqualTo(planted);
  }
}
