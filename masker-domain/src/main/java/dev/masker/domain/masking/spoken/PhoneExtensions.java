package dev.masker.domain.masking.spoken;

import dev.masker.domain.masking.Detection;
import dev.masker.domain.masking.EntityKind;
import dev.masker.domain.masking.Pass;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The extension said after a phone number: "(608) 555-0132 extension number 2595", "… 555-0158 x
 * nine six four three", "… ext 553". The number and its extension are one value, a phone number, so
 * both go upstream as one token.
 */
public final class PhoneExtensions {
  private static final Set<String> EXTENSION_WORDS = Set.of("ext", "extension", "x", "extn");
  private static final Set<String> LINKS = Set.of("number", "no", "#", "is", ".", ":");
  private static final int MAX_DIGITS = 6;

  private PhoneExtensions() {}

  /** The phone numbers among {@code resolved} that an extension follows, with it. */
  public static List<Detection> find(String text, List<Detection> resolved) {
    List<Detection> out = new ArrayList<>(0);
    for (Detection phone : resolved) {
      if (phone.kind() != EntityKind.PHONE && phone.kind() != EntityKind.FAX) {
        continue;
      }
      int from = phone.end();
      while (from < text.length() && (text.charAt(from) == ' ' || text.charAt(from) == ',')) {
        from++;
      }
      if (from == phone.end() || from >= text.length()) {
        continue;
      }
      var tokens = SpokenTokens.of(text.substring(from, Math.min(text.length(), from + 80)));
      if (tokens.isEmpty() || !EXTENSION_WORDS.contains(tokens.get(0).text())) {
        continue;
      }
      int k = 1;
      while (k < tokens.size() && k < 4 && LINKS.contains(tokens.get(k).text())) {
        k++;
      }
      var run =
          k < tokens.size()
              ? NumberWords.read(tokens, k)
              : java.util.Optional.<NumberWords.Run>empty();
      if (run.isEmpty() || run.get().digits().length() > MAX_DIGITS) {
        continue;
      }
      int end = from + run.get().end();
      out.add(
          new Detection(
              phone.kind(),
              phone.start(),
              end,
              phone.confidence(),
              Pass.REGEX,
              phone.canonical() + "x" + run.get().digits()));
    }
    return out;
  }
}
