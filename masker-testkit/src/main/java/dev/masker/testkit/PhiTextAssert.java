package dev.masker.testkit;

import dev.masker.domain.masking.Action;
import dev.masker.domain.masking.Detection;
import dev.masker.domain.masking.EntityKind;
import dev.masker.domain.masking.MaskEvent;
import dev.masker.domain.masking.MaskedText;
import dev.masker.domain.masking.Masker;
import dev.masker.domain.masking.rehydrate.RehydrationFailure;
import dev.masker.domain.masking.token.RedactedText;
import dev.masker.domain.masking.token.TokenScanner;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.StringJoiner;
import org.assertj.core.api.AbstractStringAssert;
import org.assertj.core.presentation.StandardRepresentation;

/**
 * Assertions on what a text reveals, beside AssertJ's own on strings; see {@link MaskerAssertions}.
 *
 * <p>Failure messages say kinds, places and lengths, never the text or a value: the text under test
 * may hold PHI, and a failing test's log is often shared. AssertJ's own string assertions on it
 * ({@code contains}, {@code isEqualTo}, …) withhold texts the same way. {@link #showingValues()}
 * quotes them, for a run on your own machine.
 */
public final class PhiTextAssert extends AbstractStringAssert<PhiTextAssert> {
  private static volatile Masker defaultMasker;

  private Masker masker;
  private String sessionId;
  private List<MaskEvent> events;
  private boolean showValues;

  PhiTextAssert(String text) {
    super(text, PhiTextAssert.class);
    withRepresentation(WithheldText.INSTANCE);
  }

  static PhiTextAssert ofMasked(MaskedText masked) {
    var assertion = new PhiTextAssert(masked == null ? null : masked.text());
    assertion.events = masked == null ? null : masked.events();
    return assertion;
  }

  /**
   * Failure messages from here on quote the text and the values found. Never on a shared CI log:
   * only where you may see the data.
   */
  public PhiTextAssert showingValues() {
    showValues = true;
    return withRepresentation(StandardRepresentation.STANDARD_REPRESENTATION);
  }

  /**
   * The masker and session the text belongs to: {@link #containsNoPhi()} then detects with that
   * masker's policy, and {@link #rehydratesTo} rehydrates in that session.
   */
  public PhiTextAssert inSession(Masker masker, String sessionId) {
    this.masker = Objects.requireNonNull(masker, "masker");
    this.sessionId = Objects.requireNonNull(sessionId, "sessionId");
    return myself;
  }

  /**
   * Verifies that the text reveals no value the policy protects: detection (of the masker given to
   * {@link #inSession}, or a test masker with the built-in healthcare policy) finds nothing in it.
   * Masker's tokens and {@code [REDACTED:KIND]} are no values.
   */
  public PhiTextAssert containsNoPhi() {
    isNotNull();
    var found = new ArrayList<Detection>();
    for (var detection : detector().detect(actual)) {
      if (!insideMarker(detection)) {
        found.add(detection);
      }
    }
    if (!found.isEmpty()) {
      var listed = new StringJoiner(", ");
      for (var detection : found) {
        listed.add(
            detection.kind()
                + (showValues
                    ? " \"" + actual.substring(detection.start(), detection.end()) + "\""
                    : "")
                + " at "
                + detection.start()
                + ".."
                + detection.end());
      }
      failWithMessage(
          "Expected %s to contain no PHI, but found %d value%s: %s%s",
          textForMessage(), found.size(), found.size() == 1 ? "" : "s", listed, valuesHint());
    }
    return myself;
  }

  /**
   * Verifies that a value of each kind was masked: the masking events say so (a text from {@code
   * assertThat(MaskedText)} or {@link MaskerAssert#masking}), or else the text holds a token or a
   * {@code [REDACTED:KIND]} of each. Synthetic surrogates look like real values and are not seen in
   * a plain text.
   */
  public PhiTextAssert hasMasked(EntityKind... kinds) {
    isNotNull();
    if (kinds.length == 0) {
      throw new IllegalArgumentException("name at least one kind");
    }
    var masked = maskedKinds();
    var missing = EnumSet.noneOf(EntityKind.class);
    for (var kind : kinds) {
      if (!masked.contains(kind)) {
        missing.add(kind);
      }
    }
    if (!missing.isEmpty()) {
      failWithMessage(
          "Expected %s to have masked %s, but nothing of %s was masked (masked: %s)",
          textForMessage(),
          names(List.of(kinds)),
          names(missing),
          masked.isEmpty() ? "nothing" : names(masked));
    }
    return myself;
  }

  /**
   * Verifies that the text, rehydrated in the session given to {@link #inSession} (or the one of
   * {@link MaskerAssert#masking}), is {@code expected}, and that every token in it was rehydrated.
   */
  public PhiTextAssert rehydratesTo(String expected) {
    isNotNull();
    Objects.requireNonNull(expected, "expected");
    if (masker == null) {
      throw new IllegalStateException(
          "rehydratesTo needs the masker and the session: assertThat(text).inSession(masker,"
              + " sessionId).rehydratesTo(expected)");
    }
    var rehydration = masker.rehydrateWithReport(sessionId, actual);
    var text = rehydration.text();
    if (!rehydration.failures().isEmpty()) {
      var failed = new StringJoiner(", ");
      for (RehydrationFailure failure : rehydration.failures()) {
        failed.add(failure.kind() + " (" + failure.reason() + ")");
      }
      failWithMessage(
          "Expected %s to rehydrate in session %s, but %d token%s could not be: %s",
          textForMessage(),
          sessionId,
          rehydration.failures().size(),
          rehydration.failures().size() == 1 ? "" : "s",
          failed);
    }
    if (!text.equals(expected)) {
      if (showValues) {
        failWithMessage(
            "Expected the text to rehydrate to%n  \"%s\"%nbut it rehydrated to%n  \"%s\"",
            expected, text);
      }
      failWithMessage(
          "Expected the text to rehydrate to the expected text (%d chars), but it rehydrated to"
              + " %d chars, the first difference at char %d%s",
          expected.length(), text.length(), firstDifference(expected, text), valuesHint());
    }
    return myself;
  }

  private Masker detector() {
    if (masker != null) {
      return masker;
    }
    var shared = defaultMasker;
    if (shared == null) {
      shared = TestMasker.create();
      defaultMasker = shared;
    }
    return shared;
  }

  /** Whether a detection lies inside a token or a redaction marker (its body is no value). */
  private boolean insideMarker(Detection detection) {
    for (var token : TokenScanner.find(actual)) {
      if (token.start() <= detection.start() && detection.end() <= token.end()) {
        return true;
      }
    }
    int from = 0;
    while ((from = actual.indexOf("[REDACTED:", from)) >= 0) {
      int end = actual.indexOf(']', from);
      if (end < 0) {
        break;
      }
      if (from <= detection.start() && detection.end() <= end + 1) {
        return true;
      }
      from = end;
    }
    return false;
  }

  private Set<EntityKind> maskedKinds() {
    var kinds = EnumSet.noneOf(EntityKind.class);
    if (events != null) {
      for (var event : events) {
        if (event.action() != Action.PASSTHROUGH) {
          kinds.add(event.kind());
        }
      }
      return kinds;
    }
    for (var token : TokenScanner.find(actual)) {
      token.kind().ifPresent(kinds::add);
    }
    for (var kind : EntityKind.values()) {
      if (actual.contains(RedactedText.of(kind))) {
        kinds.add(kind);
      }
    }
    return kinds;
  }

  private String textForMessage() {
    return showValues ? "\"" + actual + "\"" : "the text (" + actual.length() + " chars)";
  }

  private String valuesHint() {
    return showValues ? "" : " (the text and values are withheld: showingValues() shows them)";
  }

  private static String names(Iterable<EntityKind> kinds) {
    var joined = new StringJoiner(", ");
    kinds.forEach(kind -> joined.add(kind.name()));
    return joined.toString();
  }

  private static int firstDifference(String a, String b) {
    int i = 0;
    while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    return i;
  }
}
