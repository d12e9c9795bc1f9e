package dev.masker.domain.masking.regex;

import java.util.Map;
import java.util.OptionalInt;

/**
 * International Bank Account Numbers (ISO 13616): the length the country prescribes and the mod-97
 * check. Lengths are those of the IBAN registry for the countries a US or European caller is likely
 * to mention.
 */
public final class Iban {
  private static final Map<String, Integer> LENGTHS =
      Map.ofEntries(
          Map.entry("AD", 24),
          Map.entry("AE", 23),
          Map.entry("AT", 20),
          Map.entry("BE", 16),
          Map.entry("BG", 22),
          Map.entry("BH", 22),
          Map.entry("BR", 29),
          Map.entry("CH", 21),
          Map.entry("CY", 28),
          Map.entry("CZ", 24),
          Map.entry("DE", 22),
          Map.entry("DK", 18),
          Map.entry("EE", 20),
          Map.entry("ES", 24),
          Map.entry("FI", 18),
          Map.entry("FO", 18),
          Map.entry("FR", 27),
          Map.entry("GB", 22),
          Map.entry("GI", 23),
          Map.entry("GL", 18),
          Map.entry("GR", 27),
          Map.entry("HR", 21),
          Map.entry("HU", 28),
          Map.entry("IE", 22),
          Map.entry("IL", 23),
          Map.entry("IS", 26),
          Map.entry("IT", 27),
          Map.entry("JO", 30),
          Map.entry("KW", 30),
          Map.entry("KZ", 20),
          Map.entry("LB", 28),
          Map.entry("LI", 21),
          Map.entry("LT", 20),
          Map.entry("LU", 20),
          Map.entry("LV", 21),
          Map.entry("MC", 27),
          Map.entry("MD", 24),
          Map.entry("ME", 22),
          Map.entry("MK", 19),
          Map.entry("MT", 31),
          Map.entry("MU", 30),
          Map.entry("NL", 18),
          Map.entry("NO", 15),
          Map.entry("PK", 24),
          Map.entry("PL", 28),
          Map.entry("PS", 29),
          Map.entry("PT", 25),
          Map.entry("QA", 29),
          Map.entry("RO", 24),
          Map.entry("RS", 22),
          Map.entry("SA", 24),
          Map.entry("SE", 24),
          Map.entry("SI", 19),
          Map.entry("SK", 24),
          Map.entry("SM", 27),
          Map.entry("TN", 24),
          Map.entry("TR", 26),
          Map.entry("UA", 29),
          Map.entry("VG", 24),
          Map.entry("XK", 20));

  private Iban() {}

  /** The IBAN length of that upper-case country code, if the country is known. */
  public static OptionalInt lengthFor(String countryCode) {
    Integer length = LENGTHS.get(countryCode);
    return length == null ? OptionalInt.empty() : OptionalInt.of(length);
  }

  /** Whether this compact, upper-case IBAN (no spaces) has its country's length and checks out. */
  public static boolean isValid(String compact) {
    if (compact.length() < 5) {
      return false;
    }
    OptionalInt expected = lengthFor(compact.substring(0, 2));
    if (expected.isEmpty() || expected.getAsInt() != compact.length()) {
      return false;
    }
    if (!Character.isDigit(compact.charAt(2)) || !Character.isDigit(compact.charAt(3))) {
      return false;
    }
    int remainder = 0;
    int length = compact.length();
    for (int k = 0; k < length; k++) {
      char c = compact.charAt((k + 4) % length);
      if (c >= '0' && c <= '9') {
        remainder = (remainder * 10 + (c - '0')) % 97;
      } else if (c >= 'A' && c <= 'Z') {
        remainder = (remainder * 100 + (c - 'A' + 10)) % 97;
      } else {
        return false;
      }
    }
    return remainder == 1;
  }
}
