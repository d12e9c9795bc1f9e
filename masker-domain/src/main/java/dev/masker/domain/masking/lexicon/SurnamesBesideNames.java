package dev.masker.domain.masking.lexicon;

import dev.masker.domain.masking.Detection;
import dev.masker.domain.masking.EntityKind;
import dev.masker.domain.masking.Pass;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A surname that records write beside a given name the recognizers found, parted from it by a
 * record's mark rather than a space: "Solander, Birgit" (rosters, e-mail headers, calendar
 * attendees, wristbands), vCard's "Solander;Birgit", a passport zone's "SOLANDER&lt;&lt;BIRGIT",
 * and after the name "Birgit+Solander" (form encoding), "Birgit_Solander" (e-mail encoded words),
 * "birgit[0.91] solander[0.62]" (word confidences), "Birgit Sol- Solander" (a restart). Only the
 * given name was found; the word beside it, when no dictionary, word list or common word has it, is
 * the surname (ADR 22).
 */
public final class SurnamesBesideNames {
  /** Marks that part a surname from the given name after it ("Solander, Birgit"). */
  private static final String BEFORE = ",;/<^";

  /**
   * Marks that part a given name from the surname after it ("Birgit+Solander"); a semicolon there
   * ends a label's value ("Name: Miguel Barragán; Fecha …").
   */
  private static final String AFTER = "+_-";

  private SurnamesBesideNames() {}

  /** The surnames beside the names among {@code resolved}, not yet covered. */
  public static List<Detection> find(String text, List<Detection> resolved) {
    List<Detection> out = new ArrayList<>(0);
    var lexicon = Lexicon.standard();
    for (Detection name : resolved) {
      if (name.kind() != EntityKind.NAME) {
        continue;
      }
      var given = text.substring(name.start(), name.end()).toLowerCase(Locale.ROOT);
      // a given name no list has, found before a record's label, ends the cell too (ADR 34)
      boolean labelled = given.indexOf(' ') < 0 && RecordLabels.followsCell(text, name.end());
      if (labelled || lexicon.isFirstName(given) && endsRecordCell(text, name.end())) {
        var before = wordBefore(text, name.start());
        if (before != null && isSurname(lexicon, text, before[0], before[1], resolved)) {
          out.add(detection(text, before[0], name.end(), name.confidence()));
        }
      }
      var after = wordAfter(text, name.end());
      // a restart said more than once ("Pem- Pem- Pemberthy", ADR 28): the repeats are passed
      for (int repeats = 0;
          repeats < 3
              && after != null
              && text.charAt(name.end()) == '-'
              && after[1] < text.length()
              && text.charAt(after[1]) == '-'
              && repeatsLastWord(text, name, after[0], after[1]);
          repeats++) {
        after = wordAfter(text, after[1]);
      }
      if (after != null
          && isSurname(lexicon, text, after[0], after[1], resolved)
          && (text.charAt(name.end()) != '-' || restarts(text, name, after[0], after[1]))) {
        out.add(detection(text, name.start(), after[1], name.confidence()));
      }
    }
    return out;
  }

  /**
   * Whether the name ending at {@code end} ends a record's cell: the text ends, or a line break, a
   * tab, two spaces, a quote or a record's mark follows. In prose a word goes on after it
   * ("Cardiology, Maria will call"), and the word before the comma is no surname.
   */
  private static boolean endsRecordCell(String text, int end) {
    if (end >= text.length()) {
      return true;
    }
    char c = text.charAt(end);
    return "\n\t\"'^<|)]};".indexOf(c) >= 0
        || c == ' ' && end + 1 < text.length() && text.charAt(end + 1) == ' ';
  }

  /** Whether the word after a dash says the name's last word again, whole ("Sol- Solander"). */
  private static boolean restarts(String text, Detection name, int start, int end) {
    int last = name.end();
    while (last > name.start() && Character.isLetter(text.charAt(last - 1))) {
      last--;
    }
    int length = name.end() - last;
    return length >= 2
        && end - start > length
        && text.regionMatches(true, start, text, last, length);
  }

  /** Whether the word {@code start}..{@code end} is the name's last word again ("Pem- Pem-"). */
  private static boolean repeatsLastWord(String text, Detection name, int start, int end) {
    int length = end - start;
    return length >= 2
        && name.end() - length >= name.start()
        && text.regionMatches(true, start, text, name.end() - length, length)
        && (name.end() - length == name.start()
            || !Character.isLetter(text.charAt(name.end() - length - 1)));
  }

  /** The whole name, surname and given name with the mark between, as sure as the given name. */
  private static Detection detection(String text, int start, int end, double confidence) {
    return new Detection(
        EntityKind.NAME,
        start,
        end,
        confidence,
        Pass.LEXICON,
        text.substring(start, end).toLowerCase(Locale.ROOT));
  }

  /**
   * The word before {@code start}, parted from it by one of {@link #BEFORE} (doubled for a passport
   * zone's "&lt;&lt;") and at most one space: its span, or null.
   */
  private static int[] wordBefore(String text, int start) {
    int i = start;
    if (i > 0 && text.charAt(i - 1) == ' ') {
      i--;
    }
    int marks = 0;
    while (i > 0 && BEFORE.indexOf(text.charAt(i - 1)) >= 0 && marks < 2) {
      i--;
      marks++;
    }
    if (marks == 0 || marks == 2 && text.charAt(i) != '<') {
      return null;
    }
    int end = i;
    while (i > 0 && Character.isLetter(text.charAt(i - 1))) {
      i--;
    }
    return i < end ? new int[] {i, end} : null;
  }

  /**
   * The word after {@code end}, parted from it by one of {@link #AFTER}, a dash and a space, or a
   * bracketed number and a space ("[0.91] "): its span, or null.
   */
  private static int[] wordAfter(String text, int end) {
    int i = end;
    int n = text.length();
    if (i < n && text.charAt(i) == '[') {
      int close = i + 1;
      while (close < n
          && close - i <= 8
          && (Character.isDigit(text.charAt(close)) || text.charAt(close) == '.')) {
        close++;
      }
      if (close == i + 1 || close >= n || text.charAt(close) != ']') {
        return null;
      }
      i = close + 1;
      if (i < n && text.charAt(i) == ' ') {
        i++;
      }
    } else if (i < n && AFTER.indexOf(text.charAt(i)) >= 0) {
      i++;
      if (text.charAt(i - 1) == '-' && (i >= n || text.charAt(i) != ' ')) {
        return null; // a hyphen joins a double-barrelled name, which the recognizers read
      }
      if (i < n && text.charAt(i) == ' ') {
        i++;
      }
    } else {
      return null;
    }
    int start = i;
    while (i < n && Character.isLetter(text.charAt(i))) {
      i++;
    }
    return i > start ? new int[] {start, i} : null;
  }

  /**
   * Whether the word {@code start}..{@code end} is a surname: three letters or more, not covered,
   * and no common word, honorific or ordinary word that is also a name ("will", "grant"). A
   * dictionary word may be one ("Solander", "Baker"): the record's mark says so.
   */
  private static boolean isSurname(
      Lexicon lexicon, String text, int start, int end, List<Detection> resolved) {
    if (end - start < 3 || ResolvedSpans.overlap(resolved, start, end)) {
      return false;
    }
    var word = text.substring(start, end).toLowerCase(Locale.ROOT);
    if (lexicon.isSurname(word)) {
      return true;
    }
    return !lexicon.isCommonWord(word)
        && !lexicon.isHonorific(word)
        && !lexicon.isAmbiguousName(word);
  }
}
