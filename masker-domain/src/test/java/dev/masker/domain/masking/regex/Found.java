package dev.masker.domain.masking.regex;

import dev.masker.domain.masking.Detection;
import dev.masker.domain.masking.Recognizer;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What a recognizer finds, written so a test reads like the text: "PHONE [415-555-0123]
 * 4155550123".
 */
final class Found {
  private Found() {}

  static List<String> in(Recognizer recognizer, String text) {
    return recognizer.find(text).stream()
        .sorted(Comparator.comparingInt(Detection::start))
        .map(d -> d.kind() + " [" + text.substring(d.start(), d.end()) + "] " + d.canonical())
        .collect(Collectors.toList());
  }

  static Detection only(Recognizer recognizer, String text) {
    List<Detection> found = recognizer.find(text);
    if (found.size() != 1) {
      throw new AssertionError("expected one detection, got " + Found.in(recognizer, text));
    }
    return found.get(0);
  }
}
