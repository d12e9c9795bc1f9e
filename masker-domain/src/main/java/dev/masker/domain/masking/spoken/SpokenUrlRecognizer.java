package dev.masker.domain.masking.spoken;

import dev.masker.domain.masking.Detection;
import dev.masker.domain.masking.EntityKind;
import dev.masker.domain.masking.Pass;
import dev.masker.domain.masking.Recognizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds web addresses as speech-to-text writes them: "w w w dot example dot com", "maria bakes dot
 * example dot com", "example dot com slash k patel", "h t t p s colon slash slash …". The canonical
 * form is the rebuilt URL in lower case ({@code www.example.com}, {@code example.com/kpatel},
 * {@code https://…}).
 *
 * <p>A host is two or more labels joined by the word "dot" whose last label is a known top-level
 * domain; a label is spelled letters, digits, or one or two ordinary words ("maria bakes"). The
 * first label stops at a word such as "is", "my", "to" or "at". A host after "at" or "@" is the
 * domain of an email and is left to {@link SpelledEmailRecognizer}, unless it starts with "www";
 * "dot" with no known top-level label after it ("connect the dots", "dot com era") is ordinary
 * speech. Written URLs ("example.com") belong to the written-format recognizer.
 */
public final class SpokenUrlRecognizer implements Recognizer {
  private static final int MAX_LABELS = 6;
  private static final int MAX_WORDS_PER_LABEL = 2;
  private static final int MAX_SEGMENTS = 4;

  static final Set<String> TLDS =
      Set.of(
          "com", "org", "net", "edu", "gov", "mil", "us", "io", "co", "info", "biz", "me", "uk",
          "ca", "au", "de", "fr", "in", "health", "care", "app", "dev", "ai", "xyz", "ly", "tv",
          "mx", "nz", "ie", "eu", "online", "site", "shop", "blog", "clinic", "doctor", "page");

  private static final Set<String> STOP =
      Set.of(
          "at",
          "is",
          "was",
          "it's",
          "its",
          "it",
          "my",
          "our",
          "your",
          "his",
          "her",
          "their",
          "the",
          "a",
          "an",
          "to",
          "go",
          "on",
          "visit",
          "website",
          "site",
          "page",
          "web",
          "url",
          "address",
          "link",
          "and",
          "or",
          "of",
          "in",
          "from",
          "for",
          "that's",
          "that",
          "this",
          "there",
          "here",
          "um",
          "uh",
          "umm",
          "uhh",
          "like",
          "dot",
          "slash",
          "colon",
          "called",
          "check",
          "out",
          "see",
          "find",
          "me",
          "us",
          "under",
          "with",
          "by",
          "also",
          "just",
          "i",
          "you",
          "we",
          "they",
          "he",
          "she",
          "blog",
          "email",
          "e",
          "mail",
          "sign",
          "so",
          "then",
          "but",
          "com",
          "org",
          "net",
          "yes",
          "yeah",
          "okay",
          "ok",
          "no",
          "not",
          "be",
          "are",
          "has",
          "have",
          "forward",
          "backslash",
          "http",
          "https",
          "www");

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
    var host = new StringBuilder(48);
    int i = 0;
    while (i < n) {
      if (!tokens.get(i).is("dot")) {
        i++;
        continue;
      }
      host.setLength(0);
      int first = readFirstLabelBackwards(tokens, i - 1, host);
      if (first < 0) {
        i++;
        continue;
      }
      int hostEnd = readHostForward(tokens, i, host);
      if (hostEnd < 0) {
        i++;
        continue;
      }
      boolean www = host.length() > 4 && host.indexOf("www.") == 0;
      if (!www && first > 0 && emailDomain(tokens, first - 1)) {
        i = hostEnd; // an e-mail's domain; "up at w w w dot …" is a web address all the same
        continue;
      }
      var url = new StringBuilder(64);
      int start = readScheme(tokens, first, url);
      url.append(host);
      int end = readPath(tokens, hostEnd, url);
      double confidence = start < first || www ? 0.95 : 0.85;
      out.add(
          new Detection(
              EntityKind.URL,
              tokens.get(start).start(),
              tokens.get(end - 1).end(),
              confidence,
              Pass.REGEX,
              url.toString()));
      i = end;
    }
  }

  /** The first label, ending at token {@code last}; appends it and returns its first token. */
  private static int readFirstLabelBackwards(
      List<SpokenToken> tokens, int last, StringBuilder out) {
    if (last < 0) {
      return -1;
    }
    int k = last;
    if (isLetter(tokens.get(k))) {
      while (k - 1 >= 0 && isLetter(tokens.get(k - 1)) && last - k < 63) {
        k--;
      }
      if (last - k + 1 < 2) {
        return -1;
      }
      for (int p = k; p <= last; p++) {
        out.append(tokens.get(p).text());
      }
      return k;
    }
    if (!isLabelWord(tokens.get(k))) {
      return -1;
    }
    int words = 1;
    while (k - 1 >= 0 && words < MAX_WORDS_PER_LABEL && isLabelWord(tokens.get(k - 1))) {
      k--;
      words++;
    }
    for (int p = k; p <= last; p++) {
      out.append(tokens.get(p).text());
    }
    return k;
  }

  /**
   * Reads "dot label" pairs from {@code dot}; keeps the labels up to the last known top-level one.
   * Returns the token index after the host, or -1 when no label after a dot is a top-level domain.
   */
  private static int readHostForward(List<SpokenToken> tokens, int dot, StringBuilder host) {
    int n = tokens.size();
    int k = dot;
    int labels = 1;
    int hostEnd = -1;
    int hostLength = -1;
    var label = new StringBuilder(24);
    while (k < n && tokens.get(k).is("dot") && labels < MAX_LABELS) {
      label.setLength(0);
      int next = readLabel(tokens, k + 1, label);
      if (next < 0) {
        break;
      }
      host.append('.').append(label);
      labels++;
      if (TLDS.contains(label.toString())) {
        hostEnd = next;
        hostLength = host.length();
      }
      k = next;
    }
    if (hostEnd < 0) {
      return -1;
    }
    host.setLength(hostLength);
    return hostEnd;
  }

  /** A label after a dot: spelled letters, digits, or one or two words. */
  private static int readLabel(List<SpokenToken> tokens, int from, StringBuilder out) {
    int n = tokens.size();
    if (from >= n) {
      return -1;
    }
    var t = tokens.get(from);
    if (TLDS.contains(t.text()) && t.isWord()) {
      out.append(t.text());
      return from + 1;
    }
    int k = from;
    if (isLetter(t)) {
      while (k < n && isLetter(tokens.get(k)) && k - from < 63) {
        out.append(tokens.get(k).text());
        k++;
      }
      return k;
    }
    if (t.isNumber()) {
      out.append(t.text());
      return from + 1;
    }
    int words = 0;
    while (k < n && words < MAX_WORDS_PER_LABEL && isLabelWord(tokens.get(k))) {
      out.append(tokens.get(k).text());
      k++;
      words++;
    }
    return words == 0 ? -1 : k;
  }

  /** "h t t p s colon slash slash", "http colon slash slash" before {@code first}. */
  private static int readScheme(List<SpokenToken> tokens, int first, StringBuilder url) {
    int k = first - 1;
    if (k < 2 || !tokens.get(k).is("slash") || !tokens.get(k - 1).is("slash")) {
      return first;
    }
    k -= 2;
    if (k < 0 || !(tokens.get(k).is("colon") || tokens.get(k).is(":"))) {
      return first;
    }
    k--;
    if (k >= 0 && (tokens.get(k).is("http") || tokens.get(k).is("https"))) {
      url.append(tokens.get(k).text()).append("://");
      return k;
    }
    var spelled = new StringBuilder(5);
    int p = k;
    while (p >= 0 && isLetter(tokens.get(p)) && k - p < 5) {
      spelled.insert(0, tokens.get(p).text());
      p--;
    }
    var scheme = spelled.toString();
    for (var candidate : List.of("https", "http")) {
      if (scheme.endsWith(candidate)) {
        url.append(candidate).append("://");
        return k - candidate.length() + 1;
      }
    }
    return first;
  }

  /** "slash k patel", "slash appointments": path segments after the host. */
  private static int readPath(List<SpokenToken> tokens, int from, StringBuilder url) {
    int n = tokens.size();
    int end = from;
    int k = from;
    int segments = 0;
    var segment = new StringBuilder(24);
    while (k + 1 < n && segments < MAX_SEGMENTS) {
      if (k + 2 < n && tokens.get(k).is("forward") && tokens.get(k + 1).is("slash")) {
        k++; // "example dot com forward slash rashpics"
      }
      if (!tokens.get(k).is("slash")) {
        break;
      }
      segment.setLength(0);
      int p = k + 1;
      while (p < n && isLetter(tokens.get(p)) && segment.length() < 63) {
        segment.append(tokens.get(p).text());
        p++;
      }
      if (p < n
          && (isPathWord(tokens.get(p)) && !digitSaid(tokens.get(p)) || tokens.get(p).isNumber())) {
        segment.append(tokens.get(p).text());
        p++;
      }
      while (p < n && segment.length() < 63 && digitSaid(tokens.get(p))) {
        var t = tokens.get(p); // "slash allik seven nine"
        segment.append(t.isNumber() ? t.text() : String.valueOf(t.wordValue()));
        p++;
      }
      if (segment.length() == 0) {
        break;
      }
      url.append('/').append(segment);
      segments++;
      end = p;
      k = p;
    }
    return end;
  }

  /**
   * A word of a path after "slash": any word of ASCII letters but those that end what a caller says
   * of the address ("slash visit slash eveliinar", not "slash and then log in").
   */
  private static boolean isPathWord(SpokenToken t) {
    return t.isWord()
        && t.text().length() >= 2
        && !PATH_ENDS.contains(t.text())
        && t.text().chars().allMatch(c -> c >= 'a' && c <= 'z');
  }

  private static final Set<String> PATH_ENDS =
      Set.of(
          "and", "or", "then", "so", "but", "if", "please", "thanks", "thank", "okay", "ok", "yeah",
          "um", "uh", "the", "to", "is", "it", "it's", "that", "which", "where", "slash",
          "forward");

  /**
   * Whether the "at" or "@" at {@code at} starts an e-mail's domain: not after a word that ends a
   * clause's verb or object ("my blog is at marias garden dot com", "see it at example dot org").
   */
  private static boolean emailDomain(List<SpokenToken> tokens, int at) {
    var t = tokens.get(at);
    if (t.is("@")) {
      return true;
    }
    return t.is("at") && (at == 0 || !NOT_LOCAL_PARTS.contains(tokens.get(at - 1).text()));
  }

  /** Words before "at" that no e-mail address starts with. */
  private static final Set<String> NOT_LOCAL_PARTS =
      Set.of(
          "is", "it", "me", "us", "them", "him", "her", "up", "online", "site", "website", "page",
          "blog", "portal", "look", "see", "find", "go", "posted", "are", "was", "there", "live");

  /** A digit said as a word ("seven", "oh") or digits written. */
  private static boolean digitSaid(SpokenToken t) {
    return t.isNumber() || t.wordValue() >= 0 && t.wordValue() <= 9 && !t.is("o");
  }

  private static boolean isLetter(SpokenToken t) {
    return SpokenIdentifierRecognizer.isLetter(t);
  }

  private static boolean isLabelWord(SpokenToken t) {
    if (!t.isWord() || t.text().length() < 2 || STOP.contains(t.text())) {
      return false;
    }
    var w = t.text();
    for (int c = 0; c < w.length(); c++) {
      char ch = w.charAt(c);
      if (ch >= 128 || ch == '\'') {
        return false;
      }
    }
    return true;
  }
}
