package dev.masker.domain.chat;

import dev.masker.domain.json.JsonObject;
import dev.masker.domain.json.JsonString;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The cue a JSON key gives its value where the key's words alone say too little (ADR 30):
 *
 * <ul>
 *   <li>a record keyed by a person's number, a phone number or an identifier of seven digits or
 *       more ({@code {"3075550172": "Ravensholt"}}, {@code {"+1 (307) 555-0172": "Ravensholt"}}),
 *       holds that person's name: its value is read with "name" as its cue;
 *   <li>a FHIR reference to a person ({@code "reference": "Patient/59317246"}) holds that person's
 *       id, read with "patient id", and the {@code display} beside it ({@code "Ravensholt,
 *       Corisande"}) the person's name, read with "name" (a coding's display names a code, and
 *       keeps its key's words).
 * </ul>
 *
 * Any other key gives its own words. The key itself is masked as any text is.
 */
final class KeyCues {
  /** The fewest digits a key holds to be read as a person's number. */
  static final int MIN_DIGITS = 7;

  /** The FHIR resources a reference to which names a person. */
  private static final List<String> PERSONS = List.of("Patient/", "RelatedPerson/", "Person/");

  private KeyCues() {}

  static String cue(JsonObject object, String key) {
    if (key.equals("reference") || key.equals("display")) {
      return object.get("reference") instanceof JsonString reference && isPerson(reference.value())
          ? key.equals("reference") ? "patient id" : "name"
          : ChatRequest.cue(key);
    }
    var initials = NAME_INITIALS.get(key.toLowerCase(Locale.ROOT));
    if (initials != null) {
      return namesInitials(object) ? initials : ChatRequest.cue(key);
    }
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

  /**
   * The short keys of a person's name in compact records and directories ({@code {"fn": "Brenzia",
   * "ln": "Kolvathorne"}}, LDAP's {@code sn} and {@code gn}), ADR 36: each alone names a function,
   * a serial number or a group as often, so they name a part of a name only beside another of them.
   */
  private static final Map<String, String> NAME_INITIALS =
      Map.of(
          "fn",
          "first name",
          "gn",
          "given name",
          "mn",
          "middle name",
          "ln",
          "last name",
          "sn",
          "surname");

  private static boolean namesInitials(JsonObject object) {
    int found = 0;
    for (var entry : object.entries()) {
      if (NAME_INITIALS.containsKey(entry.getKey().toLowerCase(Locale.ROOT))) {
        found++;
      }
    }
    return found >= 2;
  }

  private static boolean isPerson(String reference) {
    for (var person : PERSONS) {
      if (reference.startsWith(person)) {
        return true;
      }
    }
    return false;
  }
}
