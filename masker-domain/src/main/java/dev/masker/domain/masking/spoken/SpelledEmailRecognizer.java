package dev.masker.domain.masking.spoken;

import dev.masker.domain.masking.Detection;
import dev.masker.domain.masking.EntityKind;
import dev.masker.domain.masking.Pass;
import dev.masker.domain.masking.Recognizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds email addresses as speech-to-text writes them: "j o h n at gmail dot com", "john dot smith
 * at yahoo dot com", "j-o-h-n at g mail dot com", "john underscore doe at outlook dot com", "at
 * sign", "dot c o m", digits spoken or written in the local part. The canonical form is the rebuilt
 * address in lower case ({@code john@gmail.com}).
 *
 * <p>A domain must end in a known top-level label after "dot" (or "."), so "look at that" or "at
 * the dot com era" are not addresses. The local part is read backwards from "at": spelled letters,
 * digits (one by one or as numbers, "seventy two"), one word per segment, joined by "dot",
 * "underscore", "dash"; it stops at a word with no joiner before it, so "my email is john at …"
 * yields john.
 */
public final class SpelledEmailRecognizer implements Recognizer {
  private static final int MAX_LOCAL = 64;
  private static final int MAX_LABELS = 6;

  private static final Set<String> TLDS =
      Set.of(
          "com", "org", "net", "edu", "gov", "mil", "us", "io", "co", "info", "biz", "me", "uk",
          "ca", "au", "de", "fr", "in", "health", "care", "app", "dev", "ai", "xyz", "ly", "tv",
          "mx", "nz", "ie", "eu", "email", "online");
  private static final Set<String> NOT_A_NAME =
      Set.of(
          "at",
          "is",
          "it's",
          "its",
          "it",
          "email",
          "address",
          "me",
          "my",
          "was",
          "and",
          "or",
          "the",
          "an",
          "um",
          "uh",
          "umm",
          "uhh",
          "like",
          "that",
          "this",
          "to",
          "of",
          "in",
          "on",
          "for",
          "from",
          "sign",
          "symbol",
          "dot",
          "period",
          "underscore",
          "dash",
          "hyphen",
          "capital",
          "home",
          "work",
          "least",
          "all",
          "be",
          "with",
          "by",
          "you",
          "we",
          "they",
          "he",
          "she",
          "there",
          "here",
          "look",
          "looking");

  @Override
  public Pass pass() {
    return Pass.REGEX;
  }

  @Override
  public List<Detection> find(String text) {
    var out = new ArrayList<Detection>();
    find(SpokenTokens.of(text), out);
    return out;
  }

  void find(List<SpokenToken> tokens, List<Detection> out) {
    int n = tokens.size();
    var dots = new NextDot(tokens);
    for (int a = 0; a < n; a++) {
      var t = tokens.get(a);
      boolean spokenAt = t.is("at");
      if (!spokenAt && !t.is("@")) {
        continue;
      }
      int dot = dots.from(a + 2);
      if (dot >= n || dot >= a + 2 + MAX_LABELS * 4) {
        continue;
      }
      int domainFrom = a + 1;
      if (spokenAt
          && domainFrom < n
          && (tokens.get(domainFrom).is("sign") || tokens.get(domainFrom).is("symbol"))) {
        domainFrom++;
      }
      var domain = new StringBuilder(32);
      int domainEnd = readDomain(tokens, domainFrom, domain);
      if (domainEnd < 0 || domain.indexOf("www.") == 0) {
        continue; // "the photos are up at w w w dot …": a web address, read as one
      }
      var local = new StringBuilder(32);
      int localStart = readLocalBackwards(tokens, a - 1, local);
      if (localStart < 0 || local.length() > MAX_LOCAL) {
        continue;
      }
      var address = local.append('@').append(domain).toString();
      out.add(
          new Detection(
              EntityKind.EMAIL,
              tokens.get(localStart).start(),
              tokens.get(domainEnd - 1).end(),
              0.85,
              Pass.REGEX,
              address));
    }
  }

  /**
   * Where the next dot token ("dot", ".", "period") is, asked for positions that never go back: the
   * answer for one position holds for every position up to it, so a scan of all the "at" tokens of
   * a text reads each token once.
   */
  private static final class NextDot {
    private final List<SpokenToken> tokens;
    private int from = -1;
    private int dot = -1;

    NextDot(List<SpokenToken> tokens) {
      this.tokens = tokens;
    }

    /** The index of the first dot token at or after {@code position}, or the token count. */
    int from(int position) {
      if (position < from || position > dot) {
        int k = position;
        int n = tokens.size();
        while (k < n && !isDot(tokens.get(k))) {
          k++;
        }
        dot = k;
      }
      from = position;
      return dot;
    }

    private static boolean isDot(SpokenToken t) {
      return t.is("dot") || t.is(".") || t.is("period");
    }
  }

  /** Reads labels joined by dots; returns the token index after the TLD, or -1. */
  private static int readDomain(List<SpokenToken> tokens, int from, StringBuilder domain) {
    int n = tokens.size();
    var label = new StringBuilder(16);
    int k = readLabel(tokens, from, label);
    if (k < 0 || NOT_A_NAME.contains(label.toString())) {
      return -1;
    }
    var labels = new ArrayList<String>(4);
    var ends = new ArrayList<Integer>(4);
    labels.add(label.toString());
    ends.add(k);
    while (k < n && labels.size() < MAX_LABELS) {
      var sep = tokens.get(k);
      if (!(sep.is("dot") || sep.is(".") || sep.is("period"))) {
        break;
      }
      label.setLength(0);
      int next = readLabel(tokens, k + 1, label);
      if (next < 0) {
        break;
      }
      labels.add(label.toString());
      ends.add(next);
      k = next;
    }
    for (int last = labels.size() - 1; last >= 1; last--) {
      if (TLDS.contains(labels.get(last))) {
        for (int i = 0; i <= last; i++) {
          if (i > 0) {
            domain.append('.');
          }
          domain.append(labels.get(i));
        }
        return ends.get(last);
      }
    }
    return -1;
  }

  /**
   * One label: spelled letters ("c o m", "g-m-a-i-l"), a word, digits, or spelled letters and one
   * word together ("g mail"). Returns the index after it, or -1.
   */
  private static int readLabel(List<SpokenToken> tokens, int from, StringBuilder label) {
    int n = tokens.size();
    int k = from;
    int letters = readLettersForward(tokens, k, label);
    if (letters == k
        && k + 1 < n
        && isLetter(tokens.get(k))
        && isNameWord(tokens.get(k + 1))
        && tokens.get(k + 1).text().length() > 1) {
      // "g mail"
      label.append(tokens.get(k).text());
      letters = k + 1;
    }
    if (letters > k) {
      k = letters;
      if (k < n && isNameWord(tokens.get(k)) && tokens.get(k).text().length() > 1) {
        label.append(tokens.get(k).text());
        k++;
      }
      return k;
    }
    if (k < n && (isNameWord(tokens.get(k)) || tokens.get(k).isNumber())) {
      label.append(tokens.get(k).text());
      return k + 1;
    }
    return -1;
  }

  private static int readLettersForward(List<SpokenToken> tokens, int from, StringBuilder out) {
    int n = tokens.size();
    int k = from;
    int end = from;
    int count = 0;
    while (k < n && isLetter(tokens.get(k)) && count <= MAX_LOCAL) {
      out.append(tokens.get(k).text());
      count++;
      end = k + 1;
      k++;
      if (k + 1 < n && isLetterJoiner(tokens.get(k)) && isLetter(tokens.get(k + 1))) {
        k++;
      }
    }
    if (count < 2) {
      out.setLength(out.length() - count);
      return from;
    }
    return end;
  }

  /** Reads the local part ending at token {@code last}; returns its first token index, or -1. */
  private static int readLocalBackwards(List<SpokenToken> tokens, int last, StringBuilder local) {
    var parts = new ArrayList<String>(8);
    int k = last;
    if (k >= 1 && isLetterJoiner(tokens.get(k)) && isLetter(tokens.get(k - 1))) {
      k--; // "J. O. H. N. at"
    }
    int first = -1;
    int length = 0;
    while (k >= 0 && length <= MAX_LOCAL) {
      int before = parts.size();
      int atomStart = readAtomBackwards(tokens, k, parts);
      for (int i = before; i < parts.size(); i++) {
        length += parts.get(i).length();
      }
      if (atomStart < 0) {
        break;
      }
      first = atomStart;
      k = atomStart - 1;
      if (k >= 1) {
        String joiner = joiner(tokens.get(k));
        if (joiner != null && startsAtomBackwards(tokens, k - 1)) {
          parts.add(joiner);
          k--;
          continue;
        }
      }
      break;
    }
    if (first < 0) {
      return -1;
    }
    for (int i = parts.size() - 1; i >= 0; i--) {
      local.append(parts.get(i));
    }
    return first;
  }

  private static boolean startsAtomBackwards(List<SpokenToken> tokens, int k) {
    var t = tokens.get(k);
    return isLetter(t) || isDigit(t) || isNameWord(t);
  }

  /**
   * An atom ending at {@code k}: digits (maybe after a word or letters, without joiner), spelled
   * letters, or one word. Appends its text (parts are collected in reverse) and returns its first
   * token index, or -1.
   */
  private static int readAtomBackwards(List<SpokenToken> tokens, int k, List<String> parts) {
    int start = -1;
    var digits = new StringBuilder();
    boolean unitRightAfter = false; // the token after k was "one".."nine"
    while (k >= 0 && digits.length() <= MAX_LOCAL) {
      var t = tokens.get(k);
      int teen = NumberWords.teen(t);
      int tens = NumberWords.tens(t);
      if (isDigit(t)) {
        digits.insert(0, digitText(t));
        unitRightAfter = NumberWords.unit(t) > 0;
      } else if (teen >= 0) {
        digits.insert(0, teen); // "nineteen"
        unitRightAfter = false;
      } else if (tens > 0) {
        // "seventy two" is 72, "seventy" alone 70
        digits.insert(0, unitRightAfter ? String.valueOf(tens / 10) : String.valueOf(tens));
        unitRightAfter = false;
      } else {
        break;
      }
      start = k;
      k--;
    }
    if (start >= 0) {
      parts.add(digits.toString());
    }
    if (k >= 0 && isLetter(tokens.get(k))) {
      var letters = new StringBuilder();
      int j = k;
      int count = 0;
      int first = k;
      while (j >= 0 && isLetter(tokens.get(j)) && count <= MAX_LOCAL) {
        letters.insert(0, tokens.get(j).text());
        first = j;
        count++;
        j--;
        if (j >= 1 && isLetterJoiner(tokens.get(j)) && isLetter(tokens.get(j - 1))) {
          j--;
        }
      }
      if (count >= 2 || start < 0) {
        parts.add(letters.toString());
        return first;
      }
    }
    if (k >= 0 && isNameWord(tokens.get(k)) && tokens.get(k).text().length() > 1) {
      parts.add(tokens.get(k).text());
      return k;
    }
    return start;
  }

  private static String joiner(SpokenToken t) {
    if (t.is("dot") || t.is(".") || t.is("period")) {
      return ".";
    }
    if (t.is("underscore") || t.is("_")) {
      return "_";
    }
    if (t.is("dash") || t.is("hyphen") || t.is("-")) {
      return "-";
    }
    return null;
  }

  private static boolean isLetter(SpokenToken t) {
    return t.isWord() && t.text().length() == 1 && t.text().charAt(0) < 128;
  }

  private static boolean isLetterJoiner(SpokenToken t) {
    return t.is("-") || t.is(".") || t.is(",");
  }

  private static boolean isDigit(SpokenToken t) {
    if (t.isNumber()) {
      return true;
    }
    return NumberWords.singleDigit(t) >= 0 && !t.is("o") && !t.is("oh");
  }

  private static String digitText(SpokenToken t) {
    return t.isNumber() ? t.text() : String.valueOf(NumberWords.singleDigit(t));
  }

  private static boolean isNameWord(SpokenToken t) {
    if (!t.isWord() || NOT_A_NAME.contains(t.text())) {
      return false;
    }
    var w = t.text();
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (c >= 128 || c == '\'') {
        return false;
      }
    }
    return true;
  }
}
