package dev.masker.domain.chat;

/**
 * The cue a JSON key gives its value when the key is a person's number: a record keyed by a phone
 * number or an identifier of seven digits or more ({@code {"3075550172": "Ravensholt"}}, {@code
 * {"+1 (307) 555-0172": "Ravensholt"}}) holds that person's name, so its value is read with "name"
 * as its cue; any other key gives its own words (ADR 30). The key itself is masked as any text is.
 */
final class NumberKeys {
  /** The fewest digits a key holds to be read as a person's number. */
  static final int MIN_DIGITS = 7;

  private NumberKeys() {}

  static String cue(String key) {
    int digits = 0;
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (c >= '0' && c <= '9') {
        digits++;
      } else if (" +()-./".indexOf(c) < 0) {
        return ChatRequest.cue(key);
      }
    }
    return digits >= MIN_DIGITS ? "name" : ChatRequest.cue(key);
  }
}
