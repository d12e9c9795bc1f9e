package dev.masker.domain.chat;

import java.util.Locale;
import java.util.Set;

/**
 * A text with markup tags inside its sentences, read without them: HTML a portal or an EHR note
 * carries ("my name is <b>Quintanilla</b>", "Quinta<i>nilla</i>") and SSML a voice agent's prompt
 * or its text-to-speech script carries ({@code <say-as interpret-as="characters">QUINTANILLA
 * </say-as>}) put a tag between a cue and its value, or inside a value, where the recognizers read
 * it whole only without the tag (ADR 26). Only to learn from: what is learned is then masked where
 * it is by the known-value search.
 *
 * <p>A tag of inline text (emphasis, a span, a link, SSML's {@code say-as}, {@code emphasis},
 * {@code prosody}, {@code sub}, {@code phoneme}) is read as nothing, so a word it cuts is one word
 * again; any other tag (a paragraph, a cell, a line break, SSML's {@code break}) as a space. A text
 * holding no {@code <} followed by a letter or a {@code /} costs one scan; only texts of at most
 * {@value #MAX_LENGTH} chars are read so, as {@link WrappedLines} are, since a reading is detected
 * again on every turn of a call.
 */
final class InlineTags {
  /** The longest text read without its tags. */
  static final int MAX_LENGTH = 4_000;

  /** The longest tag read as one, attributes and all. */
  private static final int MAX_TAG = 200;

  /** Tags of inline text in HTML and SSML: read as nothing. */
  private static final Set<String> INLINE =
      Set.of(
          "a",
          "abbr",
          "b",
          "bdi",
          "bdo",
          "cite",
          "code",
          "del",
          "dfn",
          "em",
          "emphasis",
          "font",
          "i",
          "ins",
          "kbd",
          "lang",
          "mark",
          "phoneme",
          "prosody",
          "q",
          "s",
          "samp",
          "say-as",
          "small",
          "span",
          "strong",
          "sub",
          "sup",
          "u",
          "var",
          "w",
          "amazon:effect");

  private InlineTags() {}

  /** The text with its tags read so, or null when it has none (or is longer than the limit). */
  static String of(String text) {
    if (text.length() > MAX_LENGTH || !mayHold(text)) {
      return null;
    }
    StringBuilder out = null;
    int copied = 0;
    int i = text.indexOf('<');
    while (i >= 0) {
      int end = tagEnd(text, i);
      if (end < 0) {
        i = text.indexOf('<', i + 1);
        continue;
      }
      if (out == null) {
        out = new StringBuilder(text.length());
      }
      out.append(text, copied, i);
      if (!INLINE.contains(name(text, i))) {
        out.append(' ');
      }
      copied = end;
      i = text.indexOf('<', end);
    }
    if (out == null) {
      return null;
    }
    return out.append(text, copied, text.length()).toString();
  }

  private static boolean mayHold(String text) {
    for (int i = text.indexOf('<'); i >= 0 && i + 1 < text.length(); i = text.indexOf('<', i + 1)) {
      char next = text.charAt(i + 1);
      if (next == '/' || isAsciiLetter(next)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The end (after its {@code >}) of the tag at {@code at}, or -1 when no tag starts there: {@code
   * <}, an optional {@code /}, a name of ASCII letters, digits, {@code -} and {@code :}, then
   * {@code >}, {@code />} or a space and attributes up to a {@code >} with no {@code <} before it.
   */
  private static int tagEnd(String text, int at) {
    int n = text.length();
    int k = at + 1;
    if (k < n && text.charAt(k) == '/') {
      k++;
    }
    if (k >= n || !isAsciiLetter(text.charAt(k))) {
      return -1;
    }
    while (k < n && isNameChar(text.charAt(k))) {
      k++;
    }
    if (k >= n) {
      return -1;
    }
    char c = text.charAt(k);
    if (c == '>') {
      return k + 1;
    }
    if (c != ' ' && c != '/' && c != '\t' && c != '\n') {
      return -1;
    }
    for (int j = k; j < n && j - at <= MAX_TAG; j++) {
      char d = text.charAt(j);
      if (d == '>') {
        return j + 1;
      }
      if (d == '<') {
        return -1;
      }
    }
    return -1;
  }

  /** The tag's name at {@code at}, in lower case, without its {@code /}. */
  private static String name(String text, int at) {
    int from = at + 1;
    if (text.charAt(from) == '/') {
      from++;
    }
    int to = from;
    while (to < text.length() && isNameChar(text.charAt(to))) {
      to++;
    }
    return text.substring(from, to).toLowerCase(Locale.ROOT);
  }

  private static boolean isNameChar(char c) {
    return isAsciiLetter(c) || (c >= '0' && c <= '9') || c == '-' || c == ':';
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }
}
