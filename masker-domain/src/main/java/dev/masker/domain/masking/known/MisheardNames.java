package dev.masker.domain.masking.known;

import dev.masker.domain.masking.Detection;
import dev.masker.domain.masking.EntityKind;
import dev.masker.domain.masking.lexicon.NamePart;
import dev.masker.domain.masking.text.ScanSteps;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A known name (or a street's name of one word no dictionary has) said again one letter off, as a
 * speech-to-text engine mishears it or a caller misspells it: "Halverson", "Halvorson",
 * "Hallvorsen" or "Halvosren" after "Dagny Halvorsen". A model reads such a word as the person at
 * once; the exact search cannot find it.
 *
 * <p>A word of the text is such a recurrence when it is one edit (a letter changed, added, dropped,
 * or two neighbours swapped) from a known name word of six letters or more, or has its consonants
 * in the same order with other vowels (five consonants at least, a length at most one apart:
 * "Halverson"), starts with the same letter (or, for one edit, a letter that sounds alike:
 * "Zolander" for "Solander", {@link #soundsLike}), and is no ordinary word ("margin" is not
 * "Martin" misheard). Shorter names are left alone: one letter of five is too much of the word. The
 * search looks each word up by its single-letter deletions in a table built once per set of known
 * values (symmetric deletion), so it stays linear in the text: a word of L letters costs L + 1
 * look-ups of at most L chars, and words longer than {@value #MAX_WORD} letters are skipped.
 *
 * <p>A word is also such a recurrence when it is a known name word of {@value #MIN_PREFIXED}
 * letters or more that no dictionary has with two to {@value #MAX_SUFFIX} letters glued after it
 * ("Thornazeckova", "Thornazeckian" after "Thornazeck", ADR 53): a model reads the person in it as
 * a reader does. Neither the name nor the longer word may be an ordinary word, so "Porter" does not
 * make "Porterhouse" a name; a word is looked at only when its length and first letter fit a known
 * name's with a suffix, and costs at most three look-ups then.
 */
final class MisheardNames {
  static final int MIN_LETTERS = 6;
  static final int MAX_WORD = 24;

  /** A known name word this long or longer is also found with letters glued after it. */
  static final int MIN_PREFIXED = 7;

  /** The most letters glued after a known name word that still leave it readable. */
  static final int MAX_SUFFIX = 4;

  /** A name's consonants in order must number this many for its vowels to be misheard. */
  static final int MIN_CONSONANTS = 5;

  /** A name word written with digits for letters must have this many letters to be read. */
  static final int MIN_WRITTEN_LETTERS = 4;

  static final MisheardNames EMPTY =
      new MisheardNames(List.of(), Map.of(), Map.of(), new long[26], new long[26], Map.of());

  private final List<ValueForms.Form> forms;

  /** Each name word and each of its single deletions → the indexes of the forms it comes from. */
  private final Map<String, int[]> variants;

  /** Each name word's consonants in order ("hlvrsn") → the indexes of the forms. */
  private final Map<String, int[]> skeletons;

  /**
   * For each first letter, the word lengths (bit per length) a known name word with it can be heard
   * as: its own length and one more or less. A word of the text that fits none costs no look-up.
   */
  private final long[] lengths;

  /**
   * For each first letter, the word lengths (bit per length) a known name word of {@value
   * #MIN_PREFIXED} letters or more that no dictionary has reaches with a suffix glued after it.
   */
  private final long[] suffixed;

  /** Each name word of four letters or more: what a word with digits for letters may spell. */
  private final Map<String, ValueForms.Form> written;

  private MisheardNames(
      List<ValueForms.Form> forms,
      Map<String, int[]> variants,
      Map<String, int[]> skeletons,
      long[] lengths,
      long[] suffixed,
      Map<String, ValueForms.Form> written) {
    this.suffixed = suffixed;
    this.written = written;
    this.forms = forms;
    this.variants = variants;
    this.skeletons = skeletons;
    this.lengths = lengths;
  }

  /** The table for the name words among {@code all}. */
  static MisheardNames of(List<ValueForms.Form> all) {
    var forms = new java.util.ArrayList<ValueForms.Form>();
    var variants = new HashMap<String, int[]>();
    var skeletons = new HashMap<String, int[]>();
    var lengths = new long[26];
    var suffixed = new long[26];
    var written = new HashMap<String, ValueForms.Form>();
    for (var form : all) {
      if (isLetters(form, MIN_WRITTEN_LETTERS)) {
        written.putIfAbsent(form.text(), form);
      }
      if (!isNameWord(form)) {
        continue;
      }
      int index = forms.size();
      forms.add(form);
      var text = form.text();
      put(variants, text, index);
      for (int i = 0; i < text.length(); i++) {
        put(variants, text.substring(0, i) + text.substring(i + 1), index);
      }
      for (char first : soundsLike(text.charAt(0)).toCharArray()) {
        lengths[first - 'a'] |= 7L << (text.length() - 1);
      }
      if (text.length() >= MIN_PREFIXED && !NamePart.isOrdinaryWord(text)) {
        suffixed[text.charAt(0) - 'a'] |= 7L << (text.length() + 2);
      }
      var skeleton = skeleton(text);
      if (skeleton.length() >= MIN_CONSONANTS) {
        put(skeletons, skeleton, index);
      }
    }
    return forms.isEmpty() && written.isEmpty()
        ? EMPTY
        : new MisheardNames(
            List.copyOf(forms), variants, skeletons, lengths, suffixed, Map.copyOf(written));
  }

  private static boolean isNameWord(ValueForms.Form form) {
    return form.placement() == ValueForms.Placement.WORDS && isLetters(form, MIN_LETTERS);
  }

  private static boolean isLetters(ValueForms.Form form, int min) {
    if (!isNameOrStreet(form)
        || form.placement() == ValueForms.Placement.ANYWHERE
        || form.text().length() < min
        || form.text().length() > MAX_WORD) {
      return false;
    }
    for (int i = 0; i < form.text().length(); i++) {
      char c = form.text().charAt(i);
      if (c < 'a' || c > 'z') {
        return false;
      }
    }
    return true;
  }

  /**
   * A name's word, or a street's name of one word no dictionary has ("quillstone" of "6142
   * Quillstone Terrace"), which a transcriber mishears the same way ("Quilstone Terrace", ADR 38);
   * a street named by an ordinary word is only read capitalised, and is left alone here.
   */
  private static boolean isNameOrStreet(ValueForms.Form form) {
    return form.kind() == EntityKind.NAME
        || form.kind() == EntityKind.ADDRESS && form.placement() == ValueForms.Placement.WORDS;
  }

  private static void put(Map<String, int[]> variants, String key, int index) {
    var known = variants.get(key);
    if (known == null) {
      variants.put(key, new int[] {index});
    } else if (known[known.length - 1] != index) {
      var more = java.util.Arrays.copyOf(known, known.length + 1);
      more[known.length] = index;
      variants.put(key, more);
    }
  }

  boolean isEmpty() {
    return forms.isEmpty();
  }

  /** Adds every word of {@code compact} that is a known name word misheard to {@code found}. */
  void find(CompactText compact, List<Detection> found) {
    if (!written.isEmpty()) {
      findWritten(compact, found);
    }
    if (forms.isEmpty()) {
      return;
    }
    int n = compact.size();
    int i = 0;
    while (i < n) {
      int end = i;
      boolean letters = true;
      while (true) {
        char c = compact.charAt(end);
        letters &= c >= 'a' && c <= 'z';
        if (compact.wordEndsAfter(end)) {
          break;
        }
        end++;
      }
      int length = end - i + 1;
      char first = compact.charAt(i);
      boolean near =
          letters
              && length >= MIN_LETTERS - 1
              && length <= MAX_WORD + 1
              && (lengths[first - 'a'] & (1L << length)) != 0;
      boolean longer =
          letters
              && length <= MAX_WORD + MAX_SUFFIX
              && (suffixed[first - 'a'] & (1L << length)) != 0;
      if (near || longer) {
        ScanSteps.record((long) length * (length + 2));
        var word = new String(chars(compact, i, end + 1));
        var form = near ? misheard(word) : null;
        if (form == null && longer) {
          form = withSuffix(word);
        }
        if (form != null) {
          found.add(form.detection(compact.originalStart(i), compact.originalEnd(end)));
        }
      }
      i = end + 1;
    }
    ScanSteps.record(n);
  }

  /**
   * Adds every word of {@code compact} that spells a known name word with digits for the letters
   * they look like ("Wh1tc0mbe", "WH1TC0MB3": 0 for o, 1 for i or l, 2 for z, 3 for e, 4 for a, 5
   * for s, 6 and 9 for g, 7 for t, 8 for b) to {@code found}. Such a word is a run of letters and
   * digits with nothing between them in the original, holding both; a code ("QRT583906") spells no
   * known name.
   */
  private void findWritten(CompactText compact, List<Detection> found) {
    int n = compact.size();
    int k = 1;
    while (k < n) {
      // Only where a letter and a digit meet with nothing between them in the original.
      if (isLetter(compact.charAt(k - 1)) == isLetter(compact.charAt(k))
          || compact.originalEnd(k - 1) != compact.originalStart(k)) {
        k++;
        continue;
      }
      int i = k - 1;
      while (i > 0 && compact.originalEnd(i - 1) == compact.originalStart(i)) {
        i--;
      }
      int end = k;
      while (end + 1 < n && compact.originalEnd(end) == compact.originalStart(end + 1)) {
        end++;
      }
      int length = end - i + 1;
      boolean readable = true;
      for (int c = i; c <= end && readable; c++) {
        char ch = compact.charAt(c);
        readable = isLetter(ch) || (ch >= '0' && ch <= '9');
      }
      ScanSteps.record(3L * length);
      if (readable && length >= MIN_WRITTEN_LETTERS && length <= MAX_WORD) {
        var word = chars(compact, i, end + 1);
        var form = written(word, false);
        if (form == null) {
          form = written(word, true);
        }
        if (form != null) {
          found.add(form.detection(compact.originalStart(i), compact.originalEnd(end)));
        }
      }
      k = end + 2;
    }
    ScanSteps.record(n);
  }

  private static boolean isLetter(char c) {
    return c >= 'a' && c <= 'z';
  }

  /** The letter each digit is written for ("1" is also "l": {@code oneIsL}). */
  private static final String LETTERS_OF_DIGITS = "oizeasgtbg";

  private ValueForms.Form written(char[] word, boolean oneIsL) {
    var letters = new char[word.length];
    for (int k = 0; k < word.length; k++) {
      char c = word[k];
      letters[k] =
          c >= 'a' && c <= 'z' ? c : c == '1' && oneIsL ? 'l' : LETTERS_OF_DIGITS.charAt(c - '0');
    }
    var spelled = new String(letters);
    var form = written.get(spelled);
    return form != null ? form : spelled.length() >= MIN_LETTERS ? misheard(spelled) : null;
  }

  private static char[] chars(CompactText compact, int from, int to) {
    var out = new char[to - from];
    for (int k = from; k < to; k++) {
      out[k - from] = compact.charAt(k);
    }
    return out;
  }

  /**
   * The known name form {@code word} starts with, two to {@value #MAX_SUFFIX} letters glued after
   * it, or null; neither may be an ordinary word.
   */
  private ValueForms.Form withSuffix(String word) {
    for (int glued = 2; glued <= MAX_SUFFIX && word.length() - glued >= MIN_PREFIXED; glued++) {
      var name = word.substring(0, word.length() - glued);
      var indexes = variants.get(name);
      if (indexes == null) {
        continue;
      }
      for (int index : indexes) {
        var form = forms.get(index);
        if (form.text().equals(name)
            && !NamePart.isOrdinaryWord(name)
            && !NamePart.isOrdinaryWord(word)) {
          return form;
        }
      }
    }
    return null;
  }

  /** The known name form {@code word} is one edit or its vowels from, or null. */
  private ValueForms.Form misheard(String word) {
    var form = candidate(word, variants.get(word), false);
    for (int k = 0; form == null && k < word.length(); k++) {
      form = candidate(word, variants.get(word.substring(0, k) + word.substring(k + 1)), false);
    }
    if (form == null) {
      form = candidate(word, skeletons.get(skeleton(word)), true);
    }
    return form;
  }

  private ValueForms.Form candidate(String word, int[] indexes, boolean vowels) {
    if (indexes == null) {
      return null;
    }
    for (int index : indexes) {
      var form = forms.get(index);
      var name = form.text();
      if (!name.equals(word)
          && (name.charAt(0) == word.charAt(0)
              || !vowels && soundsLike(name.charAt(0)).indexOf(word.charAt(0)) >= 0)
          && (vowels ? Math.abs(name.length() - word.length()) <= 1 : oneEditApart(word, name))
          && !NamePart.isOrdinaryWord(word)) {
        return form;
      }
    }
    return null;
  }

  /**
   * The first letters a speech-to-text engine hears {@code first} as: "s" and "z", "c", "k" and
   * "q", "f" and "v" ("Zolander" for "Solander", ADR 22); any other letter only as itself.
   */
  static String soundsLike(char first) {
    return switch (first) {
      case 's', 'z' -> "sz";
      case 'c', 'k', 'q' -> "ckq";
      case 'f', 'v' -> "fv";
      default -> String.valueOf(first);
    };
  }

  /**
   * The consonants of a lower-case word in order, doubled ones once ("halvorsen" and "halverson"
   * are both "hlvrsn"): the vowels are what a speech-to-text engine mishears most.
   */
  static String skeleton(String word) {
    var out = new StringBuilder(word.length());
    for (int k = 0; k < word.length(); k++) {
      char c = word.charAt(k);
      boolean vowel = c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
      if (!vowel && (out.length() == 0 || out.charAt(out.length() - 1) != c)) {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** One letter changed, added or dropped, or two neighbours swapped. */
  static boolean oneEditApart(String a, String b) {
    if (a.length() == b.length()) {
      int first = -1;
      int differences = 0;
      for (int k = 0; k < a.length(); k++) {
        if (a.charAt(k) != b.charAt(k)) {
          if (differences++ == 0) {
            first = k;
          }
        }
      }
      if (differences == 1) {
        return true;
      }
      return differences == 2
          && first + 1 < a.length()
          && a.charAt(first) == b.charAt(first + 1)
          && a.charAt(first + 1) == b.charAt(first);
    }
    var longer = a.length() > b.length() ? a : b;
    var shorter = longer == a ? b : a;
    if (longer.length() - shorter.length() != 1) {
      return false;
    }
    int k = 0;
    while (k < shorter.length() && shorter.charAt(k) == longer.charAt(k)) {
      k++;
    }
    return longer.substring(k + 1).equals(shorter.substring(k));
  }
}
