package dev.masker.domain.chat;

import dev.masker.domain.masking.MaskedText;
import dev.masker.domain.masking.Masker;

/**
 * Masks the strings of one chat request in one session, in two rounds: {@link #learn} reads every
 * string first, so that a value revealed anywhere in the request — a name said in the last message,
 * a number in a tool result — is known before any string is masked; then {@link #apply} masks each
 * string with what it holds and every known value that recurs in it. The proxy's implementation
 * also remembers what earlier turns masked.
 */
public interface TextMask {
  /**
   * Reads one string before any is masked.
   *
   * @param cue the name of the field the string is the value of, as words ("member id"), or null
   *     for free text
   */
  void learn(String cue, String text);

  /**
   * Reads one string that is only learned from and never masked: another reading of the request's
   * strings (a short answer after its question, a text without its markup, a value said a piece a
   * message). By default as {@link #learn}; an implementation that remembers earlier turns may skip
   * a reading whose values it still holds.
   */
  default void learnOnly(String cue, String text) {
    learn(cue, text);
  }

  /** The string masked; {@code cue} as for {@link #learn}. */
  MaskedText apply(String cue, String text);

  /** Masks with {@code masker} in the session {@code sessionId}, without a cache. */
  static TextMask of(Masker masker, String sessionId) {
    return new SessionTextMask(masker, sessionId);
  }
}
