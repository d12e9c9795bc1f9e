package dev.masker.testkit;

import dev.masker.domain.masking.MaskedText;
import dev.masker.domain.masking.Masker;
import org.assertj.core.api.Assertions;

/**
 * AssertJ's {@link Assertions} and the testkit's own, behind one {@code assertThat}: import this
 * class's {@code assertThat} statically <em>instead of</em> AssertJ's (both at once make a call on
 * a {@code String} ambiguous), and every AssertJ assertion stays at hand.
 *
 * <pre>{@code
 * import static dev.masker.testkit.MaskerAssertions.assertThat;
 *
 * assertThat(upstream.lastRequest().body()).containsNoPhi().hasMasked(EntityKind.PHONE);
 * assertThat(masker).masking("call-1", said).hasMasked(PHONE, NAME).rehydratesTo(said);
 * assertThat(answer).inSession(masker, "call-1").rehydratesTo("Goodbye, Maria.");
 * }</pre>
 */
public class MaskerAssertions extends Assertions {
  protected MaskerAssertions() {}

  /** Assertions on a text: what it reveals ({@link PhiTextAssert}), and AssertJ's on strings. */
  public static PhiTextAssert assertThat(String text) {
    return new PhiTextAssert(text);
  }

  /** Assertions on a masked text: its text, with the events that tell what was masked. */
  public static PhiTextAssert assertThat(MaskedText masked) {
    return PhiTextAssert.ofMasked(masked);
  }

  /** Assertions on what a masker makes of a text. */
  public static MaskerAssert assertThat(Masker masker) {
    return new MaskerAssert(masker);
  }
}
