package dev.masker.domain.masking.known;

import java.util.Arrays;
import java.util.List;

/**
 * An Aho–Corasick automaton over a set of compact forms: one pass over a {@link CompactText}
 * reports every place where any of them ends, in time linear in the text plus the hits, whatever
 * the number of forms. Transitions live in one open-addressing table keyed by (state, char), so a
 * session with tens of thousands of values costs a few bytes per char of its forms. Immutable once
 * built; {@link KnownValues} builds a new one when values arrive.
 */
final class ValueAutomaton {
  static final ValueAutomaton EMPTY = of(List.of());

  /** Receives a hit: form {@code form} ends at compact char {@code last} (inclusive). */
  @FunctionalInterface
  interface Hit {
    void at(int form, int last);
  }

  private final long[] keys;
  private final int[] children;
  private final int mask;
  private final int[] fail;
  private final int[] output;
  private final int[] nextOutput;

  private ValueAutomaton(long[] keys, int[] children, int[] fail, int[] output, int[] nextOutput) {
    this.keys = keys;
    this.children = children;
    this.mask = keys.length - 1;
    this.fail = fail;
    this.output = output;
    this.nextOutput = nextOutput;
  }

  /** The automaton of {@code forms}; form i is reported as i. Empty forms are ignored. */
  static ValueAutomaton of(List<String> forms) {
    int states = 1;
    for (var form : forms) {
      states += form.length();
    }
    int capacity = Integer.highestOneBit(Math.max(4, states * 2 - 1)) << 1;
    var keys = new long[capacity];
    Arrays.fill(keys, -1L);
    var children = new int[capacity];
    var output = new int[states];
    Arrays.fill(output, -1);
    var parentOf = new int[states];
    var charOf = new char[states];
    int count = 1;
    for (int f = 0; f < forms.size(); f++) {
      var form = forms.get(f);
      if (form.isEmpty()) {
        continue;
      }
      int state = 0;
      for (int i = 0; i < form.length(); i++) {
        char c = form.charAt(i);
        int child = lookup(keys, children, capacity - 1, state, c);
        if (child < 0) {
          child = count++;
          insert(keys, children, capacity - 1, state, c, child);
          parentOf[child] = state;
          charOf[child] = c;
        }
        state = child;
      }
      if (output[state] < 0) {
        output[state] = f;
      }
    }
    // Breadth-first: a state's failure link is the longest proper suffix that is also a prefix.
    var fail = new int[count];
    var nextOutput = new int[count];
    Arrays.fill(nextOutput, -1);
    var depthOrder = breadthFirst(count, parentOf);
    var automaton =
        new ValueAutomaton(keys, children, fail, Arrays.copyOf(output, count), nextOutput);
    for (int k = 1; k < count; k++) {
      int state = depthOrder[k];
      int parent = parentOf[state];
      if (parent == 0) {
        fail[state] = 0;
      } else {
        fail[state] = automaton.step(fail[parent], charOf[state]);
      }
      int f = fail[state];
      nextOutput[state] = automaton.output[f] >= 0 ? f : nextOutput[f];
    }
    return automaton;
  }

  /** States ordered by depth (parents before children); state 0 first. */
  private static int[] breadthFirst(int count, int[] parentOf) {
    var depth = new int[count];
    int maxDepth = 0;
    for (int s = 1; s < count; s++) {
      // Children are always numbered after their parents, so the parent's depth is known.
      depth[s] = depth[parentOf[s]] + 1;
      maxDepth = Math.max(maxDepth, depth[s]);
    }
    var start = new int[maxDepth + 2];
    for (int s = 0; s < count; s++) {
      start[depth[s] + 1]++;
    }
    for (int d = 1; d < start.length; d++) {
      start[d] += start[d - 1];
    }
    var order = new int[count];
    for (int s = 0; s < count; s++) {
      order[start[depth[s]]++] = s;
    }
    return order;
  }

  /** Follows the text char by char and reports every form that ends at each char. */
  void scan(CompactText text, Hit hit) {
    if (fail.length <= 1) {
      return;
    }
    int state = 0;
    for (int i = 0; i < text.size(); i++) {
      state = step(state, text.charAt(i));
      int s = output[state] >= 0 ? state : nextOutput[state];
      while (s > 0) {
        hit.at(output[s], i);
        s = nextOutput[s];
      }
    }
  }

  private int step(int state, char c) {
    while (true) {
      int child = lookup(keys, children, mask, state, c);
      if (child >= 0) {
        return child;
      }
      if (state == 0) {
        return 0;
      }
      state = fail[state];
    }
  }

  private static long key(int state, char c) {
    return ((long) state << 16) | c;
  }

  private static int slot(long key, int mask) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h >>> 32) & mask;
  }

  private static int lookup(long[] keys, int[] children, int mask, int state, char c) {
    long key = key(state, c);
    for (int i = slot(key, mask); ; i = (i + 1) & mask) {
      long k = keys[i];
      if (k == key) {
        return children[i];
      }
      if (k == -1L) {
        return -1;
      }
    }
  }

  private static void insert(long[] keys, int[] children, int mask, int state, char c, int child) {
    long key = key(state, c);
    int i = slot(key, mask);
    while (keys[i] != -1L) {
      i = (i + 1) & mask;
    }
    keys[i] = key;
    children[i] = child;
  }
}
