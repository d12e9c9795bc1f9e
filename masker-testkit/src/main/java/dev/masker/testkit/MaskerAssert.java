package dev.masker.testkit;

import dev.masker.domain.masking.Masker;
import org.assertj.core.api.AbstractAssert;

/** Assertions on what a {@link Masker} makes of a text; see {@link MaskerAssertions}. */
public final class MaskerAssert extends AbstractAssert<MaskerAssert, Masker> {
  MaskerAssert(Masker masker) {
    super(masker, MaskerAssert.class);
  }

  /**
   * Masks {@code text} in the session {@code sessionId} and gives assertions on the masked text:
   * {@link PhiTextAssert#hasMasked} reads what masking did, {@link PhiTextAssert#rehydratesTo}
   * rehydrates in the same session.
   */
  public PhiTextAssert masking(String sessionId, String text) {
    isNotNull();
    var masked = actual.mask(sessionId, text);
    return PhiTextAssert.ofMasked(masked).inSession(actual, sessionId);
  }
}
