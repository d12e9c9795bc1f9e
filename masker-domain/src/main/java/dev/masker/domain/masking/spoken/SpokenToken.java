package dev.masker.domain.masking.spoken;

import java.util.Objects;

/**
 * One token of a transcript: a run of letters (a word, apostrophes inside kept), a run of ASCII
 * digits, or one other visible character. {@code text} is the token in lower case; {@code [start,
 * end)} are UTF-16 indices into the original text. {@code wordValue} is what a number word stands
 * for ("oh" 0, "seven" 7, "twelve" 12, "forty" 40), looked up once for the many readers that ask,
 * else -1.
 */
public record SpokenToken(int start, int end, String text, Type type, int wordValue) {

  /** What a token is made of. */
  public enum Type {
    WORD,
    NUMBER,
    SYMBOL
  }

  /** A token, its number-word value looked up. */
  public SpokenToken(int start, int end, String text, Type type) {
    this(start, end, text, type, type == Type.WORD ? NumberWords.wordValue(text) : -1);
  }

  public SpokenToken {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(type, "type");
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("a token spans at least one char");
    }
  }

  boolean is(String word) {
    return text.equals(word);
  }

  boolean isWord() {
    return type == Type.WORD;
  }

  boolean isNumber() {
    return type == Type.NUMBER;
  }

  boolean isSymbol() {
    return type == Type.SYMBOL;
  }

  @Override
  public String toString() {
    // Never the text: it may be personal data.
    return "SpokenToken[" + type + " " + start + ".." + end + "]";
  }
}
