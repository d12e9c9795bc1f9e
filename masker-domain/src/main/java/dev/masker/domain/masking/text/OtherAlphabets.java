package dev.masker.domain.masking.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Words written in the Cyrillic or Greek alphabet, or in the Lisu and Cherokee letters that look
 * like Latin capitals, as a reader spells them in Latin letters: "Соландер" is "solander",
 * "Σολάντερ" "solander", "ꓢꓳꓡꓮꓠꓓꓰꓣ" "solander". A model reads a name written so as the name;
 * speech-to-text set to another language writes a name so, and a client may. Each word gets a few
 * spellings, since one letter is spelled several ways ("х" as kh, h or ch; Greek "ντ" as nd, d or
 * nt); only to look for values already known (ADR 22).
 */
public final class OtherAlphabets {
  /** One word of another alphabet: its span and its spellings in Latin letters, lower case. */
  public record Word(int start, int end, List<String> spellings) {
    @Override
    public String toString() {
      return "Word[" + start + ", " + end + "]"; // never the word
    }
  }

  private static final String CYRILLIC = "абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґў";
  private static final String[][] CYRILLIC_LATIN = {
    // English-style, German-style and plain spellings of each letter above
    {
      "a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r",
      "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya", "i", "yi",
      "ye", "g", "u"
    },
    {
      "a", "b", "w", "g", "d", "e", "e", "sch", "s", "i", "j", "k", "l", "m", "n", "o", "p", "r",
      "s", "t", "u", "f", "ch", "z", "tsch", "sch", "schtsch", "", "y", "", "e", "ju", "ja", "i",
      "ji", "je", "g", "u"
    },
    {
      "a", "b", "v", "g", "d", "e", "e", "j", "z", "i", "i", "k", "l", "m", "n", "o", "p", "r",
      "s", "t", "u", "f", "h", "c", "ch", "sh", "sch", "", "i", "", "e", "iu", "ia", "i", "i", "e",
      "g", "u"
    }
  };

  private static final String GREEK = "αβγδεζηθικλμνξοπρσςτυφχψω";
  private static final String[][] GREEK_LATIN = {
    {
      "a", "v", "g", "d", "e", "z", "i", "th", "i", "k", "l", "m", "n", "x", "o", "p", "r", "s",
      "s", "t", "y", "f", "ch", "ps", "o"
    },
    {
      "a", "b", "g", "d", "e", "z", "e", "th", "i", "c", "l", "m", "n", "x", "o", "p", "r", "s",
      "s", "t", "u", "ph", "kh", "ps", "o"
    },
    {
      "a", "v", "g", "d", "e", "z", "i", "th", "i", "k", "l", "m", "n", "ks", "o", "p", "r", "s",
      "s", "t", "i", "f", "h", "ps", "o"
    }
  };

  /** Greek letter pairs that write one Latin sound, and their spellings in each style. */
  private static final String[] GREEK_PAIRS = {"ντ", "μπ", "γκ", "γγ", "ου"};

  private static final String[][] GREEK_PAIRS_LATIN = {
    {"nd", "mb", "ng", "ng", "ou"}, {"d", "b", "g", "ng", "u"}, {"nt", "mp", "gk", "gg", "ou"}
  };

  /** Lisu and Cherokee letters that look like Latin capitals, and those capitals. */
  private static final String LOOK_ALIKES = "ꓮꓐꓚꓓꓰꓝꓖꓧꓲꓙꓗꓡꓟꓠꓳꓑꓣꓢꓔꓴꓦꓪꓫꓬꓜᎪᏴᏟᎠᎬᏀᎻᏆᎫᏦᏞᎷᏁᎾᏢᏒᏚᎢᏙᏔᏃ";

  private static final String LOOK_ALIKES_LATIN = "abcdefghijklmnoprstuvwxyzabcdeghijklmnoprstvwz";

  private OtherAlphabets() {}

  /** Whether {@code text} has a letter of those alphabets at all: one quick scan. */
  public static boolean mayHold(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x370 && isOther(c)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isOther(char c) {
    return c >= 0x370 && c <= 0x4FF
        || c >= 0x1F00 && c <= 0x1FFF
        || c >= 0x13A0 && c <= 0x13FF
        || c >= 0xA4D0 && c <= 0xA4FF;
  }

  /** The words of {@code text} with a letter of those alphabets, with their spellings, in order. */
  public static List<Word> of(String text) {
    var words = new ArrayList<Word>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (!Character.isLetter(c)) {
        i++;
        continue;
      }
      int start = i;
      boolean other = false;
      boolean latin = false;
      while (i < n
          && (Character.isLetter(text.charAt(i))
              || Character.getType(text.charAt(i)) == Character.NON_SPACING_MARK)) {
        other |= isOther(text.charAt(i));
        latin |= text.charAt(i) < 0x80;
        i++;
      }
      // a word that mixes Latin letters in is an evasion the look-alike reading already reads
      if (other && !latin && i - start >= 2) {
        words.add(new Word(start, i, spellings(text.substring(start, i))));
      }
    }
    ScanSteps.record(n);
    return words;
  }

  private static List<String> spellings(String word) {
    var lower = Normalizer.normalize(word.toLowerCase(Locale.ROOT), Normalizer.Form.NFC);
    var spellings = new ArrayList<String>(3);
    for (int style = 0; style < 3; style++) {
      var out = new StringBuilder(lower.length() + 4);
      for (int k = 0; k < lower.length(); k++) {
        char c = lower.charAt(k);
        int pair = k + 1 < lower.length() ? greekPair(lower, k) : -1;
        if (pair >= 0) {
          out.append(GREEK_PAIRS_LATIN[style][pair]);
          k++;
          continue;
        }
        int cyrillic = CYRILLIC.indexOf(c);
        int look = LOOK_ALIKES.indexOf(Character.toUpperCase(c));
        if (look < 0) {
          look = LOOK_ALIKES.indexOf(c);
        }
        if (cyrillic >= 0) {
          out.append(CYRILLIC_LATIN[style][cyrillic]);
        } else if (look >= 0) {
          out.append(LOOK_ALIKES_LATIN.charAt(look));
        } else {
          // a Greek letter with its accent, or any other letter: without its marks
          var bare = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).charAt(0);
          int greek = GREEK.indexOf(bare);
          if (greek >= 0) {
            out.append(GREEK_LATIN[style][greek]);
          } else if (Character.getType(bare) != Character.NON_SPACING_MARK) {
            out.append(bare);
          }
        }
      }
      var spelling = out.toString();
      if (!spellings.contains(spelling)) {
        spellings.add(spelling);
      }
    }
    return spellings;
  }

  private static int greekPair(String lower, int k) {
    var first = Normalizer.normalize(lower.substring(k, k + 1), Normalizer.Form.NFD).charAt(0);
    var second = Normalizer.normalize(lower.substring(k + 1, k + 2), Normalizer.Form.NFD).charAt(0);
    var pair = "" + first + second;
    for (int p = 0; p < GREEK_PAIRS.length; p++) {
      if (GREEK_PAIRS[p].equals(pair)) {
        return p;
      }
    }
    return -1;
  }
}
