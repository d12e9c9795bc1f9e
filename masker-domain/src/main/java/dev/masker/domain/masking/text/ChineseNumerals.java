package dev.masker.domain.masking.text;

/**
 * Numbers said in Chinese numerals digit by digit, read as ASCII digits one char for one char:
 * "三一二五五五零一八七", and since ADR 22 also in groups ("五〇三 五五五 〇一六三", "五〇三-五五五-〇一六三", Japanese
 * "五〇三の五五五の〇一六三"), in the financial numerals cheques and forms write (壹 贰 叁 …, "伍零叁伍伍伍零壹陆叁") and
 * with 幺, the "one" phone numbers are read out with.
 *
 * <p>A number counts when it holds at least {@value #MIN_DIGITS} numerals: one run, or groups of
 * two numerals or more with one space, dash, comma, middle dot or の between two. Chinese writes
 * counts with 十, 百 and 千 between the numerals, so such runs say a phone or an id. The separators
 * other than a space read as "-", so that the groups read as one number's.
 */
final class ChineseNumerals {
  static final int MIN_DIGITS = 7;

  private static final String SEPARATORS = " -,\u30fb\u306e";

  private ChineseNumerals() {}

  /** The digit {@code c} says, or -1. */
  static int digit(char c) {
    if (c < 0x3007) {
      return -1;
    }
    return switch (c) {
      case '\u3007', '\u96f6' -> 0; // 〇 零
      case '\u4e00', '\u58f9', '\u5e7a' -> 1; // 一 壹 幺
      case '\u4e8c', '\u8cb3', '\u8d30' -> 2; // 二 貳 贰
      case '\u4e09', '\u53c3', '\u53c1' -> 3; // 三 參 叁
      case '\u56db', '\u8086' -> 4; // 四 肆
      case '\u4e94', '\u4f0d' -> 5; // 五 伍
      case '\u516d', '\u9678', '\u9646' -> 6; // 六 陸 陆
      case '\u4e03', '\u67d2' -> 7; // 七 柒
      case '\u516b', '\u634c' -> 8; // 八 捌
      case '\u4e5d', '\u7396' -> 9; // 九 玖
      default -> -1;
    };
  }

  /** {@code text} with its numbers said so as ASCII digits, or {@code text} itself. */
  static String asDigits(String text) {
    char[] out = null;
    int n = text.length();
    int i = 0;
    while (i < n) {
      if (digit(text.charAt(i)) < 0) {
        i++;
        continue;
      }
      int start = i;
      int numerals = 0;
      int groups = 0;
      int shortest = Integer.MAX_VALUE;
      int end;
      int k = i;
      while (true) {
        int from = k;
        while (k < n && digit(text.charAt(k)) >= 0) {
          k++;
        }
        numerals += k - from;
        shortest = Math.min(shortest, k - from);
        groups++;
        end = k;
        if (k + 1 < n
            && SEPARATORS.indexOf(text.charAt(k)) >= 0
            && digit(text.charAt(k + 1)) >= 0) {
          k++;
          continue;
        }
        break;
      }
      if (numerals >= MIN_DIGITS && (groups == 1 || shortest >= 2)) {
        if (out == null) {
          out = text.toCharArray();
        }
        for (int m = start; m < end; m++) {
          int d = digit(text.charAt(m));
          out[m] = d >= 0 ? (char) ('0' + d) : text.charAt(m) == ' ' ? ' ' : '-';
        }
      }
      i = end;
    }
    return out == null ? text : new String(out);
  }
}
