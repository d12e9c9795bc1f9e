package dev.masker.domain.masking.text;

import java.text.Normalizer;
import java.util.Map;

/**
 * HTML's named references of accented Latin letters, read by their rule rather than from a list: a
 * base letter and the name of its mark ({@code &oacute;} is "ó", {@code &Scaron;} is "Š", {@code
 * &uuml;} is "ü"), plus the few letters HTML names whole ({@code &szlig;}, {@code &oslash;}, {@code
 * &aelig;}, {@code &eth;}, {@code &thorn;}). A model reads "S&oacute;lander" as "Sólander" (ADR
 * 22).
 */
final class AccentedReferences {
  private static final Map<String, Character> MARKS =
      Map.ofEntries(
          Map.entry("acute", '\u0301'),
          Map.entry("grave", '\u0300'),
          Map.entry("uml", '\u0308'),
          Map.entry("circ", '\u0302'),
          Map.entry("tilde", '\u0303'),
          Map.entry("ring", '\u030A'),
          Map.entry("cedil", '\u0327'),
          Map.entry("caron", '\u030C'),
          Map.entry("macr", '\u0304'),
          Map.entry("breve", '\u0306'),
          Map.entry("ogon", '\u0328'),
          Map.entry("dblac", '\u030B'),
          Map.entry("dot", '\u0307'));

  private static final Map<String, Integer> WHOLE =
      Map.ofEntries(
          Map.entry("szlig", 0xDF),
          Map.entry("oslash", 0xF8),
          Map.entry("Oslash", 0xD8),
          Map.entry("aelig", 0xE6),
          Map.entry("AElig", 0xC6),
          Map.entry("oelig", 0x153),
          Map.entry("OElig", 0x152),
          Map.entry("eth", 0xF0),
          Map.entry("ETH", 0xD0),
          Map.entry("thorn", 0xFE),
          Map.entry("THORN", 0xDE));

  private AccentedReferences() {}

  /** The letter the reference {@code name} (without {@code &} and {@code ;}) stands for, or -1. */
  static int letter(String name) {
    var whole = WHOLE.get(name);
    if (whole != null) {
      return whole;
    }
    if (name.length() < 4) {
      return -1;
    }
    char base = name.charAt(0);
    var mark = MARKS.get(name.substring(1));
    if (mark == null || !(base >= 'a' && base <= 'z' || base >= 'A' && base <= 'Z')) {
      return -1;
    }
    var composed = Normalizer.normalize(base + String.valueOf(mark), Normalizer.Form.NFC);
    return composed.length() == 1 ? composed.charAt(0) : -1;
  }
}
