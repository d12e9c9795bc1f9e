package dev.masker.domain.masking.lexicon;

import dev.masker.domain.masking.Detection;
import dev.masker.domain.masking.EntityKind;
import dev.masker.domain.masking.Pass;
import java.util.List;
import java.util.Set;

/**
 * The ZIP or postal code that ends a place, for {@link PlaceRecognizer}: five digits, five or nine
 * digit words ("nine three seven one one"), or a postal code of a country's shape ({@link
 * PostalCode}), not part of a longer number; and the runs of spoken number words it is read from.
 */
final class PlaceZip {
  /** Digit words that can be one digit of a spoken ZIP code. */
  private static final Set<String> DIGIT_WORDS = Lexicon.read("zip-digit-words.txt");

  private PlaceZip() {}

  /**
   * A ZIP code right after token {@code i - 1}: five digits, five or nine digit words, or a postal
   * code of a distinctive shape ({@link PostalCode.Shapes#DISTINCTIVE}), not part of a longer
   * number.
   */
  static boolean zipAt(TokenizedText text, int i, int[] numberRunEnd) {
    int end = zipEnd(text, i, numberRunEnd, PostalCode.Shapes.DISTINCTIVE);
    return end > i
        && !(end < text.size()
            && text.gapBefore(end) == TokenizedText.GAP_SPACE
            && text.isDigits(end)); // "Mobile 07700 900739": a longer number
  }

  /** The token after a ZIP or postal code at token {@code i}, or {@code i}. */
  static int zipEnd(TokenizedText text, int i, int[] numberRunEnd, PostalCode.Shapes shapes) {
    if (i >= text.size()) {
      return i;
    }
    if (text.gapBefore(i) == TokenizedText.GAP_STOP) {
      // "Bristol\nBS8 1TH\nUnited Kingdom": a code alone on the line after its town
      int code =
          i > 0 && UnlistedTowns.lineBreakBefore(text, i) ? PostalCode.end(text, i, shapes) : i;
      return code > i && (code == text.size() || UnlistedTowns.lineBreakBefore(text, code))
          ? code
          : i;
    }
    int postal = PostalCode.end(text, i, shapes); // "39978-855" before "39978"
    if (postal == i && text.isDigits(i) && text.word(i).length() == 5) {
      return i + 1;
    }
    if (postal > i) {
      return postal;
    }
    return spokenZipAt(text, i, numberRunEnd) ? numberRunEnd[i] : i;
  }

  /** Five or nine digit words ("nine three seven one one"). */
  static boolean spokenZipAt(TokenizedText text, int i, int[] numberRunEnd) {
    if (text.isDigits(i)) {
      return false;
    }
    int end = numberRunEnd[i];
    if (end - i != 5 && end - i != 9) {
      return false;
    }
    for (int t = i; t < end; t++) {
      if (!DIGIT_WORDS.contains(text.word(t))) {
        return false;
      }
    }
    return true;
  }

  /** For each token, where the run of spoken number words starting there ends (or itself). */
  static int[] numberRunEnds(TokenizedText text) {
    int size = text.size();
    int[] runEnd = new int[size + 1];
    runEnd[size] = size;
    for (int i = size - 1; i >= 0; i--) {
      boolean number = PlaceRecognizer.NUMBER_WORDS.contains(text.word(i));
      boolean joined = i + 1 < size && text.gapBefore(i + 1) != TokenizedText.GAP_STOP;
      runEnd[i] = number ? (joined && runEnd[i + 1] > i + 1 ? runEnd[i + 1] : i + 1) : i;
    }
    return runEnd;
  }

  /**
   * A ZIP code right after a place ("fresno, 93711", "lake tambra, eight two two three one"):
   * reported, and the token after it returned; otherwise {@code i}.
   */
  static int zipAfter(
      TokenizedText text,
      int i,
      int[] numberRunEnd,
      PostalCode.Shapes shapes,
      List<Detection> found) {
    int end = zipEnd(text, i, numberRunEnd, shapes);
    if (end == i && regionCodeAt(text, i)) {
      // "São Paulo - SP, 01310-100", "Curitiba/PR 80010-000": a region's code between
      int code = zipEnd(text, i + 1, numberRunEnd, shapes);
      boolean distinctive = code > i + 2 || !text.isDigits(i + 1) || text.word(i + 1).length() == 5;
      if (code > i + 1 && (distinctive || shapes == PostalCode.Shapes.ALL)) {
        // "…, Sydney NSW 2000": after an address four digits count too
        i++;
        end = code;
      }
    }
    if (end == i) {
      return i;
    }
    if (end < text.size()
        && text.gapBefore(end) == TokenizedText.GAP_SPACE
        && (text.isDigits(end) || PlaceRecognizer.NUMBER_WORDS.contains(text.word(end)))) {
      return i; // a longer number: not a ZIP code
    }
    StringBuilder digits = new StringBuilder(9);
    if (spokenZipAt(text, i, numberRunEnd)) {
      for (int t = i; t < end; t++) {
        digits.append(digitOf(text.word(t)));
      }
    } else {
      digits.append(PostalCode.canonical(text, i, end));
    }
    found.add(
        new Detection(
            EntityKind.ZIP,
            text.start(i),
            text.end(end - 1),
            0.85,
            Pass.LEXICON,
            digits.toString()));
    return end;
  }

  /**
   * Two or three capitals after a town and before a postal code: a state or province ("SP", "RM",
   * "NSW").
   */
  static boolean regionCodeAt(TokenizedText text, int t) {
    if (t + 1 >= text.size()
        || text.gapBefore(t) == TokenizedText.GAP_STOP
        || text.end(t) - text.start(t) < 2
        || text.end(t) - text.start(t) > 3
        || text.gapBefore(t + 1) == TokenizedText.GAP_STOP) {
      return false;
    }
    String raw = text.text();
    for (int c = text.start(t); c < text.end(t); c++) {
      if (!Character.isUpperCase(raw.charAt(c))) {
        return false;
      }
    }
    return true;
  }

  /**
   * A region's code and a postal code of any shape at token {@code t} ("VIC 3144", "QLD 4000"):
   * after an address, the words before it are the town.
   */
  static boolean regionAndCodeAt(TokenizedText text, int t) {
    return regionCodeAt(text, t)
        && text.isDigits(t + 1)
        && PostalCode.end(text, t + 1, PostalCode.Shapes.ALL) == t + 2
        && (t + 2 == text.size() || !text.isDigits(t + 2));
  }

  static String digitOf(String word) {
    return switch (word) {
      case "zero", "oh", "o" -> "0";
      case "one" -> "1";
      case "two" -> "2";
      case "three" -> "3";
      case "four" -> "4";
      case "five" -> "5";
      case "six" -> "6";
      case "seven" -> "7";
      case "eight" -> "8";
      default -> "9";
    };
  }
}
