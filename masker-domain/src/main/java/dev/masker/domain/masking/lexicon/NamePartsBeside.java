package dev.masker.domain.masking.lexicon;

import dev.masker.domain.masking.Detection;
import dev.masker.domain.masking.EntityKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The parts of a name the readers left beside the part they found: the given name before a particle
 * and the surname after it ("petri bin danjuma here", where "danjuma" was found), and a
 * double-barrelled surname after a given name ("sona prat-tatar", where "sona" was found). A word
 * before the particle that no common-word list has, or a first name, is the given name; a
 * hyphenated word after a first name is its surname when one of its parts is no common word. In
 * lower case only, as speech-to-text writes: a written name goes on with its capitals.
 */
public final class NamePartsBeside {
  /** Particles no English word is: the word before one is a name whatever the lists say. */
  private static final java.util.Set<String> NO_ENGLISH_WORD =
      java.util.Set.of("bin", "ibn", "binti", "bint", "abu", "van", "von", "ould", "nic", "della");

  private NamePartsBeside() {}

  /** The whole names around the names among {@code resolved}. */
  public static List<Detection> find(String text, List<Detection> resolved) {
    List<Detection> out = new ArrayList<>(0);
    var lexicon = Lexicon.standard();
    for (Detection name : resolved) {
      if (name.kind() != EntityKind.NAME) {
        continue;
      }
      if (!lowerCase(text, Math.max(0, name.start() - 24), name.end())) {
        continue; // a written name goes on with its capitals, read by the name recognizer
      }
      int start = givenBeforeParticle(text, name.start(), lexicon);
      int end = hyphenatedAfter(text, name, lexicon);
      if ((start < name.start() || end > name.end())
          && !ResolvedSpans.overlap(resolved, start, name.start())
          && !ResolvedSpans.overlap(resolved, name.end(), end)) {
        out.add(ResolvedSpans.name(text, start, end, name.confidence() + 0.01));
      }
    }
    return out;
  }

  /** Where "petri bin " starts before {@code start}, or {@code start}. */
  private static int givenBeforeParticle(String text, int start, Lexicon lexicon) {
    int particleEnd = start - 1;
    if (particleEnd < 3 || text.charAt(particleEnd) != ' ') {
      return start;
    }
    int particleStart = wordStart(text, particleEnd);
    String particle = text.substring(particleStart, particleEnd).toLowerCase(Locale.ROOT);
    if (!NameWords.PARTICLES.contains(particle)
        || particle.length() < 2
        || particleStart < 2
        || text.charAt(particleStart - 1) != ' ') {
      return start;
    }
    int givenStart = wordStart(text, particleStart - 1);
    String given = text.substring(givenStart, particleStart - 1).toLowerCase(Locale.ROOT);
    boolean nameWord =
        given.length() >= 2
            && given.chars().allMatch(Character::isLetter)
            && !lexicon.isFunctionWord(given)
            && (lexicon.isFirstName(given)
                || !lexicon.isCommonWord(given)
                || NO_ENGLISH_WORD.contains(particle));
    return nameWord ? givenStart : start;
  }

  /**
   * Where the hyphenated surname after a given name ends ("sona prat-tatar"), or the name's end.
   */
  private static int hyphenatedAfter(String text, Detection name, Lexicon lexicon) {
    int end = name.end();
    String given = text.substring(name.start(), end).toLowerCase(Locale.ROOT);
    if (end + 1 >= text.length() || text.charAt(end) != ' ' || !lexicon.isFirstName(given)) {
      return end;
    }
    int first = end + 1;
    int dash = wordEnd(text, first);
    if (dash == first || dash + 1 >= text.length() || text.charAt(dash) != '-') {
      return end;
    }
    int last = wordEnd(text, dash + 1);
    if (last == dash + 1 || last < text.length() && text.charAt(last) == '-') {
      return end;
    }
    String one = text.substring(first, dash).toLowerCase(Locale.ROOT);
    String two = text.substring(dash + 1, last).toLowerCase(Locale.ROOT);
    boolean unlisted = !lexicon.isCommonWord(one) || !lexicon.isCommonWord(two);
    return unlisted && !lexicon.isFunctionWord(one) ? last : end;
  }

  private static boolean lowerCase(String text, int start, int end) {
    for (int i = start; i < end; i++) {
      if (Character.isUpperCase(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static int wordStart(String text, int end) {
    int i = end;
    while (i > 0 && Character.isLetter(text.charAt(i - 1))) {
      i--;
    }
    return i;
  }

  private static int wordEnd(String text, int start) {
    int i = start;
    while (i < text.length() && Character.isLetter(text.charAt(i))) {
      i++;
    }
    return i;
  }
}
