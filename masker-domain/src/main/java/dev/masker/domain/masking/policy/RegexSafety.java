package dev.masker.domain.masking.policy;

import java.util.ArrayDeque;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A small, conservative analyser of custom patterns: java.util.regex backtracks, so a pattern a
 * tenant writes must not be able to take more than linear time on any text.
 *
 * <p>It refuses what can backtrack catastrophically or is not regular: a repeat applied to a group
 * (or an already repeated atom) that contains an unbounded repeat or an alternation ({@code (a+)+},
 * {@code (a*)*}, {@code (a|a)*}, {@code (\d+)*}, {@code (.*)*}); backreferences; lookarounds; the
 * comments flag (it changes what the text of the pattern means). It accepts bounded repeats ({@code
 * \d{7}}) and optional groups ({@code (MRN)?}, {@code (MR|MRN)?}).
 *
 * <p>Even one unbounded repeat makes {@link java.util.regex.Matcher#find()} quadratic on a long run
 * of matching characters, so every unbounded repeat is rewritten to a bounded one ({@code +} to
 * <code>{1,64}</code>, {@code *} to <code>{0,64}</code>, <code>{n,}</code> to <code>{n,n+64}
 * </code>): identifiers are short. Finally the number of ways a pattern can match from one position
 * (the product of the choices its variable repeats and alternations give) must stay within {@value
 * #MAX_CHOICES}, which bounds the work per start position and so makes a search linear in the text.
 */
public final class RegexSafety {
  /** Longest pattern accepted, in chars. */
  public static final int MAX_PATTERN_LENGTH = 500;

  /** The bound an unbounded repeat gets. */
  public static final int UNBOUNDED_CAP = 64;

  /** The largest repeat count a pattern may give (<code>{1,256}</code>). */
  public static final int MAX_REPEAT = 256;

  /** The most ways a pattern may match from one start position. */
  public static final long MAX_CHOICES = 65_536;

  private RegexSafety() {}

  /** The outcome of checking one pattern. */
  public sealed interface Verdict permits Safe, Unsafe {}

  /**
   * The pattern may be used: {@code bounded} is the pattern with every unbounded repeat capped, the
   * text to compile.
   */
  public record Safe(String bounded) implements Verdict {}

  /** The pattern is refused for that reason; the reason never quotes the pattern. */
  public record Unsafe(String issue) implements Verdict {}

  /** Checks a pattern; it must also compile. */
  public static Verdict check(String pattern) {
    if (pattern == null || pattern.isEmpty()) {
      return new Unsafe("must not be empty");
    }
    if (pattern.length() > MAX_PATTERN_LENGTH) {
      return new Unsafe("must be at most " + MAX_PATTERN_LENGTH + " chars long");
    }
    try {
      Pattern.compile(pattern);
    } catch (PatternSyntaxException e) {
      // The description never holds the pattern; the exception's message does.
      return new Unsafe(
          "does not compile: " + e.getDescription() + " near char " + Math.max(0, e.getIndex()));
    }
    var verdict = new Walk(pattern).run();
    if (verdict instanceof Safe) {
      var bounded = ((Safe) verdict).bounded();
      if (Pattern.compile(bounded).matcher("").matches()) {
        return new Unsafe("can match an empty text");
      }
    }
    return verdict;
  }

  /** What is known of a group, or of the pattern as a whole, while it is being read. */
  private static final class Frame {
    double alternativesChoices; // the sum of the choices of the alternatives read so far
    double sequenceChoices = 1; // the product of the choices of the current alternative
    boolean hasAlternation;
    boolean hasUnbounded;
  }

  /** The atom just read, before a repeat may apply to it. */
  private static final class Atom {
    double choices = 1;
    boolean compound; // a group, or an atom already repeated
    boolean hasAlternation;
    boolean hasUnbounded;
  }

  private static final class Walk {
    private final String p;
    private final StringBuilder out;
    private final ArrayDeque<Frame> frames = new ArrayDeque<>();
    private Frame frame = new Frame();
    private Atom atom;
    private int i;

    Walk(String pattern) {
      this.p = pattern;
      this.out = new StringBuilder(pattern.length() + 16);
    }

    Verdict run() {
      while (i < p.length()) {
        char c = p.charAt(i);
        String issue;
        switch (c) {
          case '\\':
            issue = escape();
            break;
          case '[':
            commit();
            charClass();
            atom = new Atom();
            issue = null;
            break;
          case '(':
            issue = openGroup();
            break;
          case ')':
            issue = closeGroup();
            break;
          case '|':
            commit();
            frame.alternativesChoices += frame.sequenceChoices;
            frame.sequenceChoices = 1;
            frame.hasAlternation = true;
            out.append(c);
            i++;
            issue = null;
            break;
          case '*':
          case '+':
          case '?':
          case '{':
            issue = quantifier();
            break;
          default:
            commit();
            atom = new Atom();
            out.append(c);
            i++;
            issue = null;
        }
        if (issue != null) {
          return new Unsafe(issue);
        }
      }
      commit();
      double total = frame.alternativesChoices + frame.sequenceChoices;
      if (total > MAX_CHOICES) {
        return new Unsafe(
            "has too many variable repeats or alternatives: matching could take too long");
      }
      return new Safe(out.toString());
    }

    /** Adds the pending atom to the sequence of the current frame. */
    private void commit() {
      if (atom == null) {
        return;
      }
      frame.sequenceChoices *= atom.choices;
      frame.hasAlternation |= atom.hasAlternation;
      frame.hasUnbounded |= atom.hasUnbounded;
      atom = null;
    }

    private String escape() {
      commit();
      int start = i;
      if (i + 1 >= p.length()) {
        return "ends with a lone backslash";
      }
      char next = p.charAt(i + 1);
      if (next >= '1' && next <= '9' || next == 'k') {
        return "uses a backreference, which is not allowed";
      }
      if (next == 'Q') {
        int end = p.indexOf("\\E", i + 2);
        i = end < 0 ? p.length() : end + 2;
      } else if ((next == 'p' || next == 'P' || next == 'x' || next == 'N')
          && i + 2 < p.length()
          && p.charAt(i + 2) == '{') {
        int end = p.indexOf('}', i + 3);
        i = end < 0 ? p.length() : end + 1;
      } else if (next == 'b'
          || next == 'B'
          || next == 'A'
          || next == 'z'
          || next == 'Z'
          || next == 'G') {
        // Zero-width assertions: nothing to repeat, nothing to choose.
        out.append(p, start, i + 2);
        i += 2;
        return null;
      } else {
        i += 2;
      }
      out.append(p, start, i);
      atom = new Atom();
      return null;
    }

    /** Copies a character class, nested classes and escapes included. */
    private void charClass() {
      int start = i;
      int depth = 0;
      while (i < p.length()) {
        char c = p.charAt(i);
        if (c == '\\') {
          i += 2;
          continue;
        }
        if (c == '[') {
          depth++;
          i++;
          // A ']' first in a class is literal in java.util.regex.
          if (i < p.length() && p.charAt(i) == '^') {
            i++;
          }
          if (i < p.length() && p.charAt(i) == ']') {
            i++;
          }
          continue;
        }
        i++;
        if (c == ']' && --depth == 0) {
          break;
        }
      }
      i = Math.min(i, p.length());
      out.append(p, start, i);
    }

    private String openGroup() {
      commit();
      int start = i;
      i++;
      if (i < p.length() && p.charAt(i) == '?') {
        char kind = i + 1 < p.length() ? p.charAt(i + 1) : ')';
        if (kind == '=' || kind == '!') {
          return "uses a lookaround, which is not allowed";
        }
        if (kind == '<') {
          char after = i + 2 < p.length() ? p.charAt(i + 2) : ')';
          if (after == '=' || after == '!') {
            return "uses a lookaround, which is not allowed";
          }
          // A named group: copy its name.
          int end = p.indexOf('>', i);
          i = end + 1;
        } else if (kind == ':' || kind == '>') {
          i += 2;
        } else {
          // Inline flags: (?i) or (?i-s:...)
          int j = i + 1;
          boolean on = true;
          while (j < p.length() && p.charAt(j) != ')' && p.charAt(j) != ':') {
            char flag = p.charAt(j);
            if (flag == '-') {
              on = false;
            } else if (flag == 'x' && on) {
              return "turns on the comments flag, which is not allowed";
            }
            j++;
          }
          if (j < p.length() && p.charAt(j) == ')') {
            // Flags for the rest of the group: zero-width, not a group.
            out.append(p, start, j + 1);
            i = j + 1;
            return null;
          }
          i = j + 1;
        }
      }
      out.append(p, start, i);
      frames.push(frame);
      frame = new Frame();
      return null;
    }

    private String closeGroup() {
      commit();
      out.append(')');
      i++;
      var group = frame;
      frame = frames.isEmpty() ? new Frame() : frames.pop();
      var closed = new Atom();
      closed.compound = true;
      closed.choices = group.alternativesChoices + group.sequenceChoices;
      closed.hasAlternation = group.hasAlternation;
      closed.hasUnbounded = group.hasUnbounded;
      atom = closed;
      return null;
    }

    private String quantifier() {
      char c = p.charAt(i);
      long min;
      long max; // -1: unbounded
      int start = i;
      if (c == '*') {
        min = 0;
        max = -1;
        i++;
      } else if (c == '+') {
        min = 1;
        max = -1;
        i++;
      } else if (c == '?') {
        min = 0;
        max = 1;
        i++;
      } else {
        int close = p.indexOf('}', i);
        if (close < 0) {
          // Not a repeat: a literal brace (the pattern compiled, so Java read it so).
          commit();
          atom = new Atom();
          out.append(c);
          i++;
          return null;
        }
        String body = p.substring(i + 1, close);
        int comma = body.indexOf(',');
        try {
          if (comma < 0) {
            min = Long.parseLong(body.trim());
            max = min;
          } else {
            min = Long.parseLong(body.substring(0, comma).trim());
            String upper = body.substring(comma + 1).trim();
            max = upper.isEmpty() ? -1 : Long.parseLong(upper);
          }
        } catch (NumberFormatException notARepeat) {
          return "has a repeat that cannot be read";
        }
        i = close + 1;
      }
      if (atom == null) {
        return "has a repeat with nothing to repeat";
      }
      if (min > MAX_REPEAT || max > MAX_REPEAT) {
        return "repeats more than " + MAX_REPEAT + " times: identifiers are shorter";
      }
      boolean unbounded = max < 0;
      if (atom.compound && (unbounded || max > 1) && (atom.hasUnbounded || atom.hasAlternation)) {
        return atom.hasUnbounded
            ? "repeats a group that itself repeats without bound (nested quantifier), which can"
                + " backtrack catastrophically"
            : "repeats a group that holds alternatives, which can backtrack catastrophically";
      }
      long upper = unbounded ? min + UNBOUNDED_CAP : max;
      if (unbounded && min == 0) {
        upper = UNBOUNDED_CAP;
      }
      if (unbounded && min == 1) {
        upper = UNBOUNDED_CAP;
      }
      String suffix = "";
      if (i < p.length() && (p.charAt(i) == '?' || p.charAt(i) == '+')) {
        suffix = String.valueOf(p.charAt(i));
        i++;
      }
      if (unbounded) {
        out.append('{').append(min).append(',').append(upper).append('}');
      } else {
        out.append(p, start, i - suffix.length());
      }
      out.append(suffix);
      double choices = Math.pow(atom.choices, upper) * (upper - min + 1);
      var repeated = new Atom();
      repeated.compound = true;
      repeated.choices = choices;
      repeated.hasAlternation = atom.hasAlternation;
      repeated.hasUnbounded = atom.hasUnbounded || unbounded;
      atom = repeated;
      if (choices > MAX_CHOICES) {
        return "has too many variable repeats or alternatives: matching could take too long";
      }
      return null;
    }
  }
}
