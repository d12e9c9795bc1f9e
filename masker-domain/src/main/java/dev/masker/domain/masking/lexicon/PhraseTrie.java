package dev.masker.domain.masking.lexicon;

import java.util.HashMap;
import java.util.Map;

/**
 * Phrases of one or more words, looked up token by token from a position of a {@link
 * TokenizedText}: the longest phrase found there wins. Each phrase carries an int value (a cue
 * strength, a set of flags). Built once, then only read: safe to share between threads.
 */
final class PhraseTrie {

  private static final int NONE = Integer.MIN_VALUE;

  private final Node root = new Node();
  private int longest;

  /** A found phrase: how many tokens it spans and its value. */
  record Match(int tokens, int value) {}

  private static final class Node {
    private Map<String, Node> children; // null for a leaf: most nodes of a large list are leaves
    private int value = NONE;

    Node child(String word) {
      return children == null ? null : children.get(word);
    }

    Node addChild(String word) {
      if (children == null) {
        children = new HashMap<>(4);
      }
      return children.computeIfAbsent(word, key -> new Node());
    }
  }

  /**
   * Adds a phrase, tokenized like a text; a phrase already present keeps the greater value (values
   * are either strengths or flags, see {@link #merge}).
   */
  void add(String phrase, int value) {
    add(phrase, value, false);
  }

  /** Adds a phrase, or-ing its flags into those of the same phrase added before. */
  void addFlags(String phrase, int flags) {
    add(phrase, flags, true);
  }

  private void add(String phrase, int value, boolean merge) {
    TokenizedText words = TokenizedText.of(phrase);
    if (words.size() == 0) {
      return;
    }
    Node node = root;
    for (int i = 0; i < words.size(); i++) {
      node = node.addChild(words.word(i));
    }
    node.value = merge(node.value, value, merge);
    longest = Math.max(longest, words.size());
  }

  private static int merge(int old, int value, boolean flags) {
    if (old == NONE) {
      return value;
    }
    return flags ? old | value : Math.max(old, value);
  }

  /** The most tokens a phrase has. */
  int longest() {
    return longest;
  }

  /**
   * The longest phrase starting at token {@code from} whose words are separated by spaces only, or
   * {@code null}.
   */
  Match longestAt(TokenizedText text, int from) {
    Node node = root;
    Match best = null;
    int limit = Math.min(text.size(), from + longest);
    for (int i = from; i < limit; i++) {
      if (i > from && text.gapBefore(i) != TokenizedText.GAP_SPACE) {
        break;
      }
      node = node.child(text.word(i));
      if (node == null) {
        break;
      }
      if (node.value != NONE) {
        best = new Match(i - from + 1, node.value);
      }
    }
    return best;
  }
}
