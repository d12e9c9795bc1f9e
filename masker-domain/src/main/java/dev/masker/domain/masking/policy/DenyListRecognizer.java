package dev.masker.domain.masking.policy;

import dev.masker.domain.masking.Detection;
import dev.masker.domain.masking.Pass;
import dev.masker.domain.masking.Recognizer;
import dev.masker.domain.masking.text.FoldedText;
import dev.masker.domain.masking.text.ScanSteps;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code lexicon} pass for a policy's deny list: every occurrence of a listed value as whole
 * words, without regard to case, is a detection of the entry's kind with confidence 1.0 and the
 * value as listed as its canonical form. White space inside a value matches any run of white space
 * in the text ("Mary Ann" finds "mary&nbsp;&nbsp;ann"). A word boundary is required where the value
 * begins or ends with a letter or digit ("Zyx" is found in "Zyx," but not in "Zyxel").
 *
 * <p>The text is lower-cased once, char by char (so offsets never move); each value's first word is
 * then searched with {@link String#indexOf(String, int)} and the rest checked in place: time is
 * linear in the text for a given list. Thread-safe. While the thread counts {@link ScanSteps}, each
 * char lower-cased, passed over by a search or compared after a first word is a step.
 */
public final class DenyListRecognizer implements Recognizer {
  private final List<DenyEntry> entries;
  private final String[][] words; // per entry: its lower-cased words

  public DenyListRecognizer(List<DenyEntry> entries) {
    this.entries = List.copyOf(entries);
    this.words = new String[this.entries.size()][];
    for (int i = 0; i < this.entries.size(); i++) {
      // Folded as the text is (FoldedText), so an entry written with a curly apostrophe or
      // full-width letters still meets the text it names.
      var folded = FoldedText.of(this.entries.get(i).value()).text();
      words[i] = lower(folded).trim().split("\\s+");
    }
  }

  /** The recognizer of that policy's deny list. */
  public static DenyListRecognizer of(Policy policy) {
    return new DenyListRecognizer(policy.denyList());
  }

  @Override
  public Pass pass() {
    return Pass.LEXICON;
  }

  @Override
  public List<Detection> find(String text) {
    if (entries.isEmpty() || text.isEmpty()) {
      return List.of();
    }
    var search = new Search(lower(text));
    String lower = search.lower;
    List<Detection> found = null;
    for (int e = 0; e < entries.size(); e++) {
      String[] parts = words[e];
      String first = parts[0];
      int from = 0;
      while (true) {
        int start = search.indexOf(first, from);
        if (start < 0) {
          break;
        }
        int end = search.matchRest(start + first.length(), parts);
        if (end > 0 && boundaryBefore(lower, start, first) && boundaryAfter(lower, end, parts)) {
          if (found == null) {
            found = new ArrayList<>();
          }
          var entry = entries.get(e);
          found.add(new Detection(entry.kind(), start, end, 1.0, Pass.LEXICON, entry.value()));
          from = end;
        } else {
          from = start + 1;
        }
      }
    }
    ScanSteps.record(search.steps);
    return found == null ? List.of() : found;
  }

  /** One search of a lower-cased text, counting the chars it passes over or compares. */
  private static final class Search {
    private final String lower;
    private long steps;

    Search(String lower) {
      this.lower = lower;
      this.steps = lower.length();
    }

    /** Where {@code word} next occurs from {@code from}, or -1. */
    int indexOf(String word, int from) {
      int start = lower.indexOf(word, from);
      steps += (start < 0 ? lower.length() : start + word.length()) - from;
      return start;
    }

    /**
     * Where the value ends if its other words follow {@code at}, each after white space; else -1.
     */
    int matchRest(int at, String[] parts) {
      int i = at;
      try {
        for (int w = 1; w < parts.length; w++) {
          int spaces = i;
          while (i < lower.length() && Character.isWhitespace(lower.charAt(i))) {
            i++;
          }
          if (i == spaces || !lower.startsWith(parts[w], i)) {
            return -1;
          }
          i += parts[w].length();
        }
        return i;
      } finally {
        steps += i - at + 1;
      }
    }
  }

  private static boolean boundaryBefore(String lower, int start, String first) {
    return start == 0
        || !Character.isLetterOrDigit(first.charAt(0))
        || !Character.isLetterOrDigit(lower.charAt(start - 1));
  }

  private static boolean boundaryAfter(String lower, int end, String[] parts) {
    String last = parts[parts.length - 1];
    return end == lower.length()
        || !Character.isLetterOrDigit(last.charAt(last.length() - 1))
        || !Character.isLetterOrDigit(lower.charAt(end));
  }

  /** Lower case char by char: unlike {@link String#toLowerCase()}, lengths never change. */
  private static String lower(String text) {
    char[] chars = new char[text.length()];
    for (int i = 0; i < chars.length; i++) {
      chars[i] = Character.toLowerCase(text.charAt(i));
    }
    return new String(chars);
  }

  @Override
  public String toString() {
    return "DenyListRecognizer[" + entries.size() + " entries]";
  }
}
