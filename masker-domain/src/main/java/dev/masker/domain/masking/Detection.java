package dev.masker.domain.masking;

import java.util.Objects;

/**
 * One value found in a text: its kind, where it is ({@code [start, end)} in UTF-16 chars of the
 * text, as {@link String#substring(int, int)} takes them), how sure the recognizer is, which pass
 * found it, and its <b>canonical</b> form.
 *
 * <p>The canonical form is the value written one standard way, so that every surface form of one
 * value has the same canonical form and so the same token: digits only for number-like kinds
 * (PHONE, FAX, SSN, MRN, ACCOUNT, CREDIT_CARD, ZIP, …: "four one five, 555 2671" and "(415)
 * 555-2671" both give {@code 4155552671}); ISO {@code yyyy-MM-dd} for DATE and DOB when the date is
 * complete ("March third, nineteen eighty-two" and "3/3/82" give {@code 1982-03-03}); the address
 * in lower case for EMAIL ("j o h n at gmail dot com" gives {@code john@gmail.com}); upper case
 * without spaces or dashes for IBAN, VIN, MBI and similar codes; for anything else the matched text
 * itself.
 */
public record Detection(
    EntityKind kind, int start, int end, double confidence, Pass pass, String canonical) {

  public Detection {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(pass, "pass");
    Objects.requireNonNull(canonical, "canonical");
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException(
          "a detection spans at least one char: " + start + ".." + end);
    }
    if (!(confidence >= 0.0 && confidence <= 1.0)) {
      throw new IllegalArgumentException("confidence must be within 0..1");
    }
  }

  public int length() {
    return end - start;
  }

  public boolean overlaps(Detection other) {
    return start < other.end && other.start < end;
  }

  /** This detection with another kind, as a cue turns a PHONE into a FAX or a DATE into a DOB. */
  public Detection as(EntityKind newKind, double newConfidence) {
    return new Detection(newKind, start, end, newConfidence, pass, canonical);
  }

  @Override
  public String toString() {
    // Never the canonical value: it is the personal data itself.
    return "Detection["
        + kind
        + " "
        + start
        + ".."
        + end
        + " "
        + pass.wireName()
        + " "
        + confidence
        + "]";
  }
}
