package dev.masker.domain.masking.rehydrate;

import dev.masker.domain.masking.EntityKind;
import dev.masker.domain.masking.token.Base32;
import dev.masker.domain.masking.token.Token;
import dev.masker.domain.masking.token.TokenScheme;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The synthetic surrogates of one session as a case-insensitive trie: at a position, the longest
 * surrogate that starts there and ends at a word boundary, in time bounded by the longest
 * surrogate. A surrogate is rehydrated only as a whole word run: "Avery Quinn" is not found in
 * "Avery Quinnell".
 */
final class SurrogateIndex {
  static final SurrogateIndex EMPTY = new SurrogateIndex();

  /** Returned by {@link #longestAt} when more text is needed to decide. */
  static final Entry NEED_MORE = new Entry("", EntityKind.OTHER_ID, "NONE");

  /** One surrogate: its vault row, kind and kid. */
  record Entry(String row, EntityKind kind, String kid) {}

  private static final class Node {
    private final Map<Character, Node> children = new HashMap<>(4);
    private Entry entry;
  }

  private final Node root = new Node();
  private boolean empty = true;

  /** Adds a vault row if it is a SYN1 surrogate row. */
  void addRow(String row) {
    if (!row.startsWith("SYN1.")) {
      return;
    }
    var token = Token.parse(row);
    if (token.isEmpty() || token.get().scheme() != TokenScheme.SYN1) {
      return;
    }
    var bytes = Base32.decode(token.get().body());
    if (bytes == null) {
      return;
    }
    var surrogate = new String(bytes, StandardCharsets.UTF_8);
    if (surrogate.isEmpty()) {
      return;
    }
    var node = root;
    for (int i = 0; i < surrogate.length(); i++) {
      node = node.children.computeIfAbsent(fold(surrogate.charAt(i)), c -> new Node());
    }
    if (node.entry == null) {
      node.entry = new Entry(row, token.get().kind(), token.get().kid());
    }
    empty = false;
  }

  boolean isEmpty() {
    return empty;
  }

  /**
   * The longest surrogate at {@code start} (its end in {@code end[0]}), null for none, or {@link
   * #NEED_MORE} when the text ends before that is known and {@code complete} is false.
   */
  Entry longestAt(CharSequence text, int start, boolean complete, int[] end) {
    int n = text.length();
    var node = root;
    Entry best = null;
    int j = start;
    while (true) {
      if (j == n) {
        if (!complete) {
          if (!node.children.isEmpty()) {
            return NEED_MORE;
          }
          if (node.entry != null && j > start && isWord(text.charAt(j - 1))) {
            return NEED_MORE;
          }
        }
        if (node.entry != null) {
          best = node.entry;
          end[0] = j;
        }
        break;
      }
      if (node.entry != null && !(isWord(text.charAt(j - 1)) && isWord(text.charAt(j)))) {
        best = node.entry;
        end[0] = j;
      }
      var next = node.children.get(fold(text.charAt(j)));
      if (next == null) {
        break;
      }
      node = next;
      j++;
    }
    return best;
  }

  static boolean isWord(char c) {
    return Character.isLetterOrDigit(c);
  }

  private static char fold(char c) {
    return Character.toLowerCase(c);
  }
}
