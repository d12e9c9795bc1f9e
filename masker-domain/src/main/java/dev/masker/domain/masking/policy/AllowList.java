package dev.masker.domain.masking.policy;

import dev.masker.domain.common.InvalidValue;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Values a policy never masks. A detected surface is allowed when, trimmed, with runs of white
 * space collapsed to one space and compared without regard to case, it equals an entry as a whole
 * ("riverside clinic" matches "Riverside Clinic"; "Riverside" does not).
 */
public final class AllowList {
  private static final AllowList EMPTY = new AllowList(List.of());

  private final Set<String> normalised;
  private final List<String> entries;

  private AllowList(Collection<String> entries) {
    var set = new HashSet<String>();
    for (var entry : entries) {
      if (entry == null || entry.isBlank()) {
        throw new InvalidValue("allow_list", "entries must not be empty");
      }
      set.add(normalise(entry));
    }
    this.normalised = Set.copyOf(set);
    this.entries = List.copyOf(entries);
  }

  public static AllowList of(Collection<String> entries) {
    return entries.isEmpty() ? EMPTY : new AllowList(entries);
  }

  public static AllowList empty() {
    return EMPTY;
  }

  /** Whether that detected text is never to be masked. */
  public boolean allows(String surface) {
    if (surface == null || normalised.isEmpty()) {
      return false;
    }
    return normalised.contains(normalise(surface));
  }

  /**
   * Whether an entry stands in {@code text} around the span {@code start} to {@code end}, case
   * aside: a part of a known value that recurs inside an allowed phrase ("Lopez" in an allowed
   * "Maria Lopez", after an e-mail "maria.lopez@…" taught "lopez") is the phrase's, and stays. An
   * empty list costs nothing.
   */
  public boolean coversSpan(String text, int start, int end) {
    if (normalised.isEmpty()) {
      return false;
    }
    String lower = null;
    for (var entry : normalised) {
      if (entry.length() <= end - start) {
        continue;
      }
      if (lower == null) {
        lower = lowerCase(text);
      }
      int from = Math.max(0, end - entry.length());
      for (int at = lower.indexOf(entry, from);
          at >= 0 && at <= start;
          at = lower.indexOf(entry, at + 1)) {
        if (at + entry.length() >= end) {
          return true;
        }
      }
    }
    return false;
  }

  private static String lowerCase(String text) {
    var out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      out.append(Character.toLowerCase(text.charAt(i)));
    }
    return out.toString();
  }

  /** The entries as the policy lists them. */
  public List<String> entries() {
    return entries;
  }

  public int size() {
    return entries.size();
  }

  /** Trimmed, white space collapsed, lower-cased char by char (so lengths never change). */
  static String normalise(String text) {
    var out = new StringBuilder(text.length());
    boolean pendingSpace = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        pendingSpace = out.length() > 0;
        continue;
      }
      if (pendingSpace) {
        out.append(' ');
        pendingSpace = false;
      }
      out.append(Character.toLowerCase(c));
    }
    return out.toString();
  }

  @Override
  public String toString() {
    // Never the entries: they may be personal data.
    return "AllowList[" + entries.size() + " entries]";
  }
}
