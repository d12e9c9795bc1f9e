package dev.masker.domain.masking.policy;

/**
 * Which parts of a detected value are masked where they recur alone in the session (policy key
 * {@code known_values}): each identifying word of a full name ("Lopez" of "Maria Lopez"), and the
 * last four digits of a long identifying number ("the card ending in 4242"). Both on by default:
 * either part alone still points at the person.
 */
public record KnownValueSettings(boolean nameParts, boolean lastFourDigits) {
  public static final KnownValueSettings DEFAULT = new KnownValueSettings(true, true);
}
