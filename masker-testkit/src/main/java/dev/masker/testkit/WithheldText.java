package dev.masker.testkit;

import org.assertj.core.presentation.Representation;
import org.assertj.core.presentation.StandardRepresentation;

/**
 * How {@link PhiTextAssert}'s failures show texts unless asked to show values: by their length
 * only, since the text under test may hold PHI. Anything else is shown as AssertJ shows it.
 */
final class WithheldText implements Representation {
  static final WithheldText INSTANCE = new WithheldText();

  private WithheldText() {}

  @Override
  public String toStringOf(Object object) {
    if (object instanceof CharSequence text) {
      return "<a text of " + text.length() + " chars, withheld: showingValues() shows it>";
    }
    return StandardRepresentation.STANDARD_REPRESENTATION.toStringOf(object);
  }

  @Override
  public String unambiguousToStringOf(Object object) {
    return toStringOf(object);
  }
}
