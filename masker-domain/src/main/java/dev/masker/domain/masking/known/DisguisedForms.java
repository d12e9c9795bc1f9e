package dev.masker.domain.masking.known;

import dev.masker.domain.masking.EntityKind;
import dev.masker.domain.masking.Pass;
import dev.masker.domain.masking.known.ValueForms.Form;
import dev.masker.domain.masking.known.ValueForms.Placement;
import dev.masker.domain.masking.lexicon.NamePart;
import java.util.List;
import java.util.Locale;

/**
 * Forms of a known value a caller or a client writes to slip it past a filter, or says in part (ADR
 * 28): each identifying word of a name of five letters or more written backwards ("yhtrebmep",
 * which a right-to-left override also shows as the name) and in ROT13 ("Crzoregul"), where that
 * spelling is no ordinary word; the last six digits of an identifying number of eight digits or
 * more ("the last six of the MRN are 820375"); and the last four digits of the digits of a code
 * that mixes letters and digits ("member ending 0194" after "ZKP730194"). All are found as whole
 * words only.
 */
final class DisguisedForms {
  private static final int NAME_WORD = 5;

  private DisguisedForms() {}

  /** Adds the forms of a detected value of {@code kind} whose words are {@code words}. */
  static void add(
      List<Form> forms,
      EntityKind kind,
      String canonical,
      List<String> words,
      double confidence,
      Pass pass,
      ValueForms.Rules rules) {
    if (kind == EntityKind.NAME) {
      for (var word : words) {
        nameWord(forms, word, confidence, pass);
      }
    } else if (rules.lastFourDigits() && ValueForms.LAST_FOUR.contains(kind)) {
      var compact = CompactText.fold(canonical);
      var digits = compact.replaceAll("[^0-9]", "");
      if (digits.length() == compact.length() && digits.length() >= 8) {
        var last = digits.substring(digits.length() - 6);
        forms.add(new Form(last, kind, last, confidence, pass, Placement.WORDS));
      } else if (digits.length() >= 6 && digits.length() < compact.length()) {
        var last = digits.substring(digits.length() - 4);
        forms.add(new Form(last, kind, last, confidence, pass, Placement.WORDS));
      }
    }
  }

  private static void nameWord(List<Form> forms, String word, double confidence, Pass pass) {
    var lower = word.toLowerCase(Locale.ROOT);
    if (lower.length() < NAME_WORD
        || !lower.chars().allMatch(c -> c >= 'a' && c <= 'z')
        || NamePart.of(word) != NamePart.IDENTIFYING) {
      return;
    }
    var backwards = new StringBuilder(lower).reverse().toString();
    var rot13 = new StringBuilder(lower.length());
    for (int i = 0; i < lower.length(); i++) {
      rot13.append((char) ('a' + (lower.charAt(i) - 'a' + 13) % 26));
    }
    for (var disguise : new String[] {backwards, rot13.toString()}) {
      if (!disguise.equals(lower) && !NamePart.isOrdinaryWord(disguise)) {
        forms.add(new Form(disguise, EntityKind.NAME, word, confidence, pass, Placement.WORDS));
      }
    }
  }
}
