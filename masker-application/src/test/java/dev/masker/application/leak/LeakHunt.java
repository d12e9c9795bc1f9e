package dev.masker.application.leak;

import dev.masker.application.leak.Planted.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.engine.SourceOfRandomness;

/**
 * Generators of planted calls, as an attacker and a tired speech-to-text engine would write them:
 * values of every kind introduced once with a cue, then said again across turns in other fields,
 * shapes, cases, separators (no-break, thin, zero-width spaces, line breaks, dashes) and digit
 * scripts (full-width, Arabic-Indic, Persian, Devanagari, Bengali, Thai), spoken digit by digit,
 * and by their parts.
 */
public final class LeakHunt {
  /** Names whose words the built-in lists know, some with letters outside ASCII. */
  static final List<String> NAMES =
      List.of(
          "Maria Gonzalez",
          "Evelyn Okafor",
          "Zoë Müller",
          "Dagny Halvorsen",
          "Omar Petrossian",
          "Priya Raghunathan",
          "Kwame Mensah",
          "Mateo Herrera",
          "Ingrid Solberg",
          "Farah Haddad",
          "Nikolai Sokolov",
          "Lucia Moretti",
          "Tomasz Wróbel",
          "Yusuf Demir",
          "Hana Novak",
          "José García");

  /** Separators a number's groups are written with. */
  static final List<String> SEPARATORS =
      List.of(
          " ", "-", ".", "", "\u00a0", "\u2009", "\u202f", "\u200b", "\n", "\u2013", "\u2014",
          "\u2212", " \u200b", "\u3000");

  /** The zero of each digit script. */
  static final List<Integer> ZEROS =
      List.of((int) '0', 0xFF10, 0x0660, 0x06F0, 0x0966, 0x09E6, 0x0E50);

  private static final String[] DIGIT_WORDS = {
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"
  };

  private LeakHunt() {}

  /**
   * {@code count} calls drawn from {@link #calls()} with a fixed seed, outside a property (for
   * end-to-end tests that cannot run as jqwik properties): the same calls every run.
   */
  public static List<PlantedCall> sample(String seed, int count) {
    SourceOfRandomness.create(seed);
    return calls().sampleStream().limit(count).toList();
  }

  /** A call: one to four planted values of different kinds, then one to three more turns. */
  public static Arbitrary<PlantedCall> calls() {
    var plants =
        Arbitraries.of(Kind.values())
            .set()
            .ofMinSize(1)
            .ofMaxSize(4)
            .flatMap(
                kinds -> {
                  var each = new ArrayList<Arbitrary<Planted>>();
                  for (var kind : kinds) {
                    each.add(planted(kind).flatMap(LeakHunt::introduced));
                  }
                  return Combinators.combine(each).as(List::copyOf);
                });
    return plants.flatMap(
        planted -> {
          var turn = turn(planted);
          return Combinators.combine(
                  turn.list().ofMinSize(1).ofMaxSize(3), Arbitraries.of(true, false))
              .as((turns, streamed) -> new PlantedCall(planted, turns, streamed));
        });
  }

  private static Arbitrary<PlantedCall.Turn> turn(List<Planted> planted) {
    var recurrence = Arbitraries.of(planted).flatMap(LeakHunt::recurrence);
    return Combinators.combine(
            recurrence.list().ofMinSize(1).ofMaxSize(4), Arbitraries.of(true, false))
        .as(PlantedCall.Turn::new);
  }

  static Arbitrary<Planted> planted(Kind kind) {
    switch (kind) {
      case NAME:
        return Arbitraries.of(NAMES).map(name -> new Planted(kind, name));
      case PHONE:
        return Combinators.combine(
                Arbitraries.integers().between(201, 989),
                Arbitraries.integers().between(201, 989),
                Arbitraries.integers().between(0, 9999))
            .as((a, b, c) -> new Planted(kind, String.format("%03d %03d %04d", a, b, c)));
      case SSN:
        // Any range: a value named as an SSN is masked even where a validator would veto it.
        return Combinators.combine(
                Arbitraries.integers().between(1, 999),
                Arbitraries.integers().between(1, 99),
                Arbitraries.integers().between(1, 9999))
            .as((a, b, c) -> new Planted(kind, String.format("%03d-%02d-%04d", a, b, c)));
      case MEMBER_ID:
        return Combinators.combine(
                Arbitraries.strings().withCharRange('A', 'Z').ofLength(3),
                Arbitraries.longs().between(100_000_000L, 999_999_999L))
            .as((letters, digits) -> new Planted(kind, letters + digits));
      case EMAIL:
        return Combinators.combine(
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(4).ofMaxLength(8),
                Arbitraries.integers().between(10, 99),
                Arbitraries.of("example.com", "mail.example.org", "clinic.example.net"))
            .as((local, n, domain) -> new Planted(kind, local + "." + n + "@" + domain));
      case DOB:
        return Combinators.combine(
                Arbitraries.integers().between(1, 12),
                Arbitraries.integers().between(1, 28),
                Arbitraries.integers().between(1925, 2005))
            .as((m, d, y) -> new Planted(kind, String.format("%02d/%02d/%d", m, d, y)));
      default:
        return Arbitraries.integers()
            .between(1_000_000, 99_999_999)
            .map(n -> new Planted(kind, "MRN" + n));
    }
  }

  /**
   * The value as the caller first says it: mostly as written, sometimes in another case, digit
   * script or separator (detection must read it as the same value).
   */
  static Arbitrary<Planted> introduced(Planted planted) {
    Arbitrary<String> said;
    switch (planted.kind()) {
      case NAME:
        said =
            Arbitraries.of(
                planted.value(),
                planted.value().toLowerCase(Locale.ROOT),
                planted.value().toUpperCase(Locale.ROOT));
        break;
      case PHONE:
      case SSN:
        said =
            Combinators.combine(Arbitraries.of(" ", "-", "\u00a0", "\u2013"), Arbitraries.of(ZEROS))
                .as((separator, zero) -> inScript(String.join(separator, groups(planted)), zero));
        break;
      case DOB:
        said = Arbitraries.of(ZEROS).map(zero -> inScript(planted.value(), zero));
        break;
      default:
        said = Arbitraries.just(planted.value());
    }
    return Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(3, Arbitraries.just(planted.value())),
            net.jqwik.api.Tuple.of(1, said))
        .map(planted::saying);
  }

  static Arbitrary<Recurrence> recurrence(Planted planted) {
    var places = new ArrayList<>(List.of(Place.values()));
    if (planted.kind() != Kind.NAME) {
      places.remove(Place.MESSAGE_NAME);
    }
    if (planted.kind() == Kind.NAME || planted.kind() == Kind.EMAIL || planted.kind() == Kind.DOB) {
      places.remove(Place.TOOL_ARGUMENT_NUMBER);
    }
    return Combinators.combine(form(planted), Arbitraries.of(places))
        .as((form, place) -> new Recurrence(planted, form, place));
  }

  /** The value written another way, without a cue. */
  static Arbitrary<String> form(Planted planted) {
    switch (planted.kind()) {
      case NAME:
        return nameForm(planted);
      case EMAIL:
        return Arbitraries.of(
            planted.value(),
            planted.value().toUpperCase(Locale.ROOT),
            planted.value().replace('@', '\uff20').replace('.', '\uff0e'),
            planted.value().replace("@", "\u200b@"));
      case DOB:
        return Arbitraries.of(ZEROS).map(zero -> inScript(planted.value(), zero));
      case MEMBER_ID:
        return Combinators.combine(
                Arbitraries.of(SEPARATORS), Arbitraries.of(ZEROS), Arbitraries.of(true, false))
            .as(
                (separator, zero, lower) -> {
                  var value = planted.value();
                  var grouped =
                      value.substring(0, 3)
                          + separator
                          + value.substring(3, 6)
                          + separator
                          + value.substring(6, 9)
                          + separator
                          + value.substring(9);
                  var written = inScript(grouped, zero);
                  return lower ? written.toLowerCase(Locale.ROOT) : written;
                });
      default:
        return digitForm(planted);
    }
  }

  private static Arbitrary<String> nameForm(Planted planted) {
    var name = planted.value();
    var given = planted.nameParts().get(0);
    var surname = planted.nameParts().get(1);
    return Arbitraries.of(
        name,
        name.toUpperCase(Locale.ROOT),
        name.toLowerCase(Locale.ROOT),
        surname,
        given,
        "Mr. " + surname,
        surname.charAt(0) + "\u200b" + surname.substring(1),
        fullWidth(surname),
        java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD),
        given + "\u00a0" + surname,
        surname + ", " + given,
        lookAlike(surname),
        spelled(surname));
  }

  private static Arbitrary<String> digitForm(Planted planted) {
    var digits = planted.digits();
    var groups = groups(planted);
    var written =
        Combinators.combine(Arbitraries.of(SEPARATORS), Arbitraries.of(ZEROS))
            .as((separator, zero) -> inScript(String.join(separator, groups), zero));
    var spoken = Arbitraries.just(spoken(digits));
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(6, written), net.jqwik.api.Tuple.of(1, spoken));
  }

  private static List<String> groups(Planted planted) {
    var digits = planted.digits();
    switch (planted.kind()) {
      case PHONE:
        return List.of(digits.substring(0, 3), digits.substring(3, 6), digits.substring(6));
      case SSN:
        return List.of(digits.substring(0, 3), digits.substring(3, 5), digits.substring(5));
      default:
        return List.of(planted.value().substring(0, 3), digits);
    }
  }

  /** ASCII digits written with the digits of the script whose zero is {@code zero}. */
  static String inScript(String text, int zero) {
    var out = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            c -> {
              if (c >= '0' && c <= '9') {
                out.appendCodePoint(zero + (c - '0'));
              } else {
                out.appendCodePoint(c);
              }
            });
    return out.toString();
  }

  /** Latin a, e, o written with their Cyrillic look-alikes. */
  static String lookAlike(String text) {
    return text.replace('a', '\u0430').replace('e', '\u0435').replace('o', '\u043e');
  }

  /** Spelled letter by letter, as speech-to-text writes a spelled name. */
  static String spelled(String word) {
    return String.join(" ", word.toLowerCase(Locale.ROOT).split(""));
  }

  static String fullWidth(String text) {
    var out = new StringBuilder(text.length());
    text.codePoints().forEach(c -> out.appendCodePoint(c >= '!' && c <= '~' ? c + 0xFEE0 : c));
    return out.toString();
  }

  static String spoken(String digits) {
    var words = new ArrayList<String>();
    for (var c : digits.toCharArray()) {
      words.add(DIGIT_WORDS[c - '0']);
    }
    return String.join(" ", words);
  }
}
