package dev.masker.domain.masking.spoken;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The digit words of the languages callers of a US clinic most often speak besides English, or mix
 * with it ("mi número es tres cero siete", "my number is cinco cinco cinco, oh one three four"):
 * Spanish, Portuguese, French, German, Tagalog and Vietnamese (ADR 30). Only words no English text
 * uses as a word of its own are listed: "un", "um" (a filler), "dos", "null", "isa", "lima", "hai",
 * "ba" and Vietnamese words without their marks ("nam", "bay") are read as digits only as a
 * misheard English digit word is ({@link #AMBIGUOUS}); "sept" (a month) never.
 */
final class ForeignDigitWords {
  private ForeignDigitWords() {}

  /** The words for a phone number and a number in those languages, cues of a phone. */
  static final List<String> PHONE_CUES =
      List.of(
          "número",
          "numero",
          "numéro",
          "nummer",
          "rufnummer",
          "handynummer",
          "teléfono",
          "telefono",
          "telefone",
          "téléphone",
          "telefon",
          "celular",
          "portable",
          "điện thoại");

  private static final String[][] WORDS = {
    // 0 to 9, each language in turn
    {"cero", "sero", "z\u00e9ro", "kh\u00f4ng"},
    {"uno", "eins", "m\u1ed9t"},
    {"dois", "deux", "zwei", "zwo", "dalawa"},
    {"tres", "tr\u00eas", "trois", "drei", "tatlo"},
    {"cuatro", "quatro", "quatre", "vier", "apat", "b\u1ed1n"},
    {"cinco", "cinq", "f\u00fcnf", "fuenf", "n\u0103m"},
    {"seis", "sechs", "anim", "s\u00e1u", "meia"},
    {"siete", "sete", "sieben", "pito", "b\u1ea3y"},
    {"ocho", "oito", "huit", "acht", "walo", "t\u00e1m"},
    {"nueve", "nove", "neuf", "neun", "siyam", "ch\u00edn"}
  };

  /**
   * The digit words of those languages that English writes as words of its own, read as digits only
   * as a misheard digit word is, between digit words or at a number's edge ({@link Homophones}):
   * "drei null sieben", "ba không bảy", "cinco dos".
   */
  static final String[][] AMBIGUOUS = {
    {"null", "khong", "linh"},
    {"un", "une", "isa", "mot"},
    {"dos", "hai"},
    {"ba"},
    {"bon"},
    {"lima", "nam"},
    {"sau"},
    {"bay"},
    {"tam"},
    {"chin"}
  };

  /** A copy of {@code cues} holding {@link #PHONE_CUES} too, as {@code phone} cues. */
  static <C> Map<String, C> withPhoneCues(Map<String, C> cues, C phone) {
    var all = new HashMap<>(cues);
    PHONE_CUES.forEach(cue -> all.putIfAbsent(cue, phone));
    return all;
  }

  /** {@code units} and the digit words of the six languages, as one map. */
  static Map<String, Integer> with(Map<String, Integer> units) {
    return with(units, WORDS);
  }

  /** {@code units} and {@code words} (the words of each digit, 0 to 9), as one map. */
  static Map<String, Integer> with(Map<String, Integer> units, String[][] words) {
    var all = new HashMap<>(units);
    for (int digit = 0; digit < words.length; digit++) {
      for (var word : words[digit]) {
        all.putIfAbsent(word, digit);
      }
    }
    return Map.copyOf(all);
  }
}
