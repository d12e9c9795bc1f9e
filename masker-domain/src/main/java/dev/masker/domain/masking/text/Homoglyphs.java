package dev.masker.domain.masking.text;

/**
 * Cyrillic, Greek and Armenian letters that look like Latin ones, read as the Latin letter inside a
 * word that also holds Latin letters: "Mаria" with a Cyrillic "а" is how a filter is evaded, never
 * how a name is spelled. Words written wholly in Cyrillic, Greek or Armenian are left alone (they
 * are real words of those scripts). Each replacement is one char for one char, so offsets do not
 * move.
 */
public final class Homoglyphs {
  private static final char[] LATIN = new char[0x0590 - 0x0370];

  static {
    map("АA ВB ЕE КK МM НH ОO РP СC ТT ХX УY ІI ЈJ ЅS аa еe оo рp сc уy хx іi јj ѕs ԁd ԛq ԝw ӏl");
    map("ΑA ΒB ΕE ΖZ ΗH ΙI ΚK ΜM ΝN ΟO ΡP ΤT ΥY ΧX οo ιi κk νv ρp υu αa");
    map("\u0585o \u057Du \u0570h \u0578n"); // Armenian
  }

  /** Latin small capitals ("ʟᴏᴘᴇᴢ", the fancy-text look), which no normalisation maps. */
  private static final String SMALL_CAPITALS =
      "\u1D00a\u0299b\u1D04c\u1D05d\u1D07e\uA730f\u0262g\u029Ch\u026Ai\u1D0Aj\u1D0Bk"
          + "\u029Fl\u1D0Dm\u0274n\u1D0Fo\u1D18p\u0280r\uA731s\u1D1Bt\u1D1Cu\u1D20v"
          + "\u1D21w\u028Fy\u1D22z";

  /**
   * Latin letters with a stroke or without their dot, which no normalisation maps to the plain
   * letter a reader takes them for ("Kowałski", "Halvørsen", "Kowalskı"), and those letters.
   */
  private static final String STROKED = "łŁøØđĐħĦŧŦıȷƀɨʉ";

  private static final String PLAIN = "lLoOdDhHtTijbiu";

  private Homoglyphs() {}

  /**
   * The Latin letter a small capital stands for ("ʟ" is "l"), a letter with a stroke ("ł" is "l"),
   * or an enclosed letter no normalisation maps (negative circled "🅛", negative squared "🅻", a
   * regional indicator "🇱", each read as its capital letter by a model), or {@code cp} itself.
   */
  public static int plainLetter(int cp) {
    if (cp >= 0x1F150) {
      return enclosedLetter(cp);
    }
    int stroked = STROKED.indexOf(cp);
    if (stroked >= 0) {
      return PLAIN.charAt(stroked);
    }
    if (cp < 0x0262 || cp > 0xA731) {
      return cp;
    }
    for (int i = 0; i < SMALL_CAPITALS.length(); i += 2) {
      if (SMALL_CAPITALS.charAt(i) == cp) {
        return SMALL_CAPITALS.charAt(i + 1);
      }
    }
    return cp;
  }

  private static int enclosedLetter(int cp) {
    if (cp <= 0x1F169) {
      return 'A' + (cp - 0x1F150); // negative circled capital letters
    }
    if (cp >= 0x1F170 && cp <= 0x1F189) {
      return 'A' + (cp - 0x1F170); // negative squared capital letters
    }
    if (cp >= 0x1F1E6 && cp <= 0x1F1FF) {
      return 'A' + (cp - 0x1F1E6); // regional indicator symbols (two of them make a flag)
    }
    return cp;
  }

  private static void map(String pairs) {
    for (var pair : pairs.split(" ")) {
      LATIN[pair.charAt(0) - 0x0370] = pair.charAt(1);
    }
  }

  /**
   * {@code text} with look-alike letters of mixed-script words in Latin; the same instance if none.
   */
  public static String latinise(String text) {
    int i = firstLookAlike(text);
    if (i < 0) {
      return text;
    }
    char[] out = null;
    int n = text.length();
    while (i < n) {
      if (!Character.isLetter(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      boolean latin = false;
      boolean lookAlike = false;
      while (i < n && Character.isLetter(text.charAt(i))) {
        char c = text.charAt(i);
        latin |= c < 0x0250;
        lookAlike |= latinOf(c) != 0;
        i++;
      }
      if (latin && lookAlike) {
        if (out == null) {
          out = text.toCharArray();
        }
        for (int k = start; k < i; k++) {
          char l = latinOf(text.charAt(k));
          if (l != 0) {
            out[k] = l;
          }
        }
      }
    }
    return out == null ? text : new String(out);
  }

  private static int firstLookAlike(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (latinOf(text.charAt(i)) != 0) {
        // From the start of its word: a mixed word may begin with Latin letters.
        while (i > 0 && Character.isLetter(text.charAt(i - 1))) {
          i--;
        }
        return i;
      }
    }
    return -1;
  }

  private static char latinOf(char c) {
    return c >= 0x0370 && c < 0x0590 ? LATIN[c - 0x0370] : 0;
  }
}
