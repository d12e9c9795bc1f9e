package dev.masker.domain.masking.lexicon;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;

/**
 * The words of an English dictionary that are not common or function words ({@code
 * dictionary-words.txt}, about 250,000 of them): kept as one sorted block of ASCII bytes with the
 * start of each word, a few megabytes instead of the tens a set of strings would take, and searched
 * by halving. Only words that are not common words are ever looked up, and only in lower-case
 * turns, so a look-up is rare.
 */
final class DictionaryWords {

  private static final String RESOURCE = "dictionary-words.txt";

  private final byte[] letters;
  private final int[] starts; // one more than the words: the last is the end of the block

  private DictionaryWords(byte[] letters, int[] starts) {
    this.letters = letters;
    this.starts = starts;
  }

  /** The shipped dictionary, read on first use. */
  static DictionaryWords standard() {
    return Holder.STANDARD;
  }

  private static final class Holder {
    private static final DictionaryWords STANDARD = read();
  }

  private static DictionaryWords read() {
    byte[] file;
    try (InputStream in = DictionaryWords.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("lexicon resource missing: " + RESOURCE);
      }
      file = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("lexicon resource unreadable: " + RESOURCE, e);
    }
    int lines = 0;
    for (byte b : file) {
      lines += b == '\n' ? 1 : 0;
    }
    byte[] letters = new byte[file.length - lines];
    int[] starts = new int[lines + 1];
    int words = 0;
    int at = 0;
    int previousStart = 0;
    for (byte b : file) {
      if (b == '\n') {
        if (at > previousStart) {
          requireOrder(letters, starts, words, at);
          starts[++words] = at;
          previousStart = at;
        }
      } else {
        if (b < 'a' || b > 'z') {
          throw new IllegalStateException(RESOURCE + " holds a character other than a-z");
        }
        letters[at++] = b;
      }
    }
    return new DictionaryWords(
        Arrays.copyOf(letters, at), Arrays.copyOf(starts, words + 1)); // trailing blank lines
  }

  /** The words must come sorted, or halving would miss them. */
  private static void requireOrder(byte[] letters, int[] starts, int word, int end) {
    if (word > 0
        && Arrays.compare(letters, starts[word - 1], starts[word], letters, starts[word], end)
            >= 0) {
      throw new IllegalStateException(RESOURCE + " is not sorted at line " + (word + 1));
    }
  }

  int size() {
    return starts.length - 1;
  }

  /** Whether the lower-case word is in the dictionary. */
  boolean contains(String word) {
    int length = word.length();
    byte[] probe = new byte[length];
    for (int c = 0; c < length; c++) {
      char ch = word.charAt(c);
      if (ch < 'a' || ch > 'z') {
        return false;
      }
      probe[c] = (byte) ch;
    }
    int low = 0;
    int high = size() - 1;
    while (low <= high) {
      int middle = (low + high) >>> 1;
      int order = Arrays.compare(letters, starts[middle], starts[middle + 1], probe, 0, length);
      if (order < 0) {
        low = middle + 1;
      } else if (order > 0) {
        high = middle - 1;
      } else {
        return true;
      }
    }
    return false;
  }
}
