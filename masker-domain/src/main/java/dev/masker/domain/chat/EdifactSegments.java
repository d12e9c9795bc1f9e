package dev.masker.domain.chat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * An UN/EDIFACT message ({@code NAD+PAT+++DROVASKIN:YSMARAY+…'DTM+329:19481127:102'COM+…:TE'}) read
 * as the labelled members its segments stand for, only to learn from (ADR 34): a party's name,
 * street, town and postcode ({@code NAD}), a person's surname and given name ({@code PNA}'s {@code
 * SU} and {@code FN}), a date of birth ({@code DTM} qualifier 329) and a telephone, fax or e-mail
 * ({@code COM} with {@code TE}, {@code FX}, {@code EM}). The segment tags and plus signs keep every
 * value apart from anything a reader takes for its label. What the members yield is then masked
 * where it is by the known-value search. A text with no apostrophe and no {@code +} after three
 * capitals pays one scan.
 */
final class EdifactSegments {
  /** The longest text read. */
  static final int MAX_LENGTH = 20_000;

  /** A segment: its tag, then its elements, up to the segment terminator. */
  private static final Pattern SEGMENT =
      Pattern.compile("(?:^|(?<=['\\n]))[ \\r\\n]*([A-Z]{3})\\+([^'\\n]{1,400})");

  private EdifactSegments() {}

  /** The members, one JSON object per segment that names them, or null when the text has none. */
  static String of(String text) {
    if (text.length() > MAX_LENGTH || text.indexOf('\'') < 0 || text.indexOf('+') < 0) {
      return null;
    }
    var m = SEGMENT.matcher(text);
    var out = new StringBuilder();
    int segments = 0;
    while (m.find()) {
      segments++;
      var members = members(m.group(1), elements(m.group(2)));
      if (!members.isEmpty()) {
        out.append('{').append(String.join(",", members)).append("}\n");
      }
    }
    return segments < 2 || out.isEmpty() ? null : out.toString();
  }

  private static List<String> members(String tag, List<String[]> e) {
    var members = new ArrayList<String>();
    switch (tag) {
      case "NAD" -> {
        var name = component(e, 3);
        member(members, "last_name", name == null ? null : name[0]);
        member(members, "first_name", name != null && name.length > 1 ? name[1] : null);
        member(members, "name_and_address", joined(component(e, 2)));
        member(members, "street", joined(component(e, 4)));
        member(members, "city", joined(component(e, 5)));
        member(members, "postal_code", joined(component(e, 7)));
      }
      case "PNA" -> {
        for (var element : e) {
          if (element.length > 1 && element[0].equals("SU")) {
            member(members, "last_name", element[1]);
          } else if (element.length > 1 && (element[0].equals("FN") || element[0].equals("GN"))) {
            member(members, "first_name", element[1]);
          }
        }
      }
      case "DTM" -> {
        var date = component(e, 0);
        if (date != null && date.length > 1) {
          member(members, date[0].equals("329") ? "date_of_birth" : "date", date[1]);
        }
      }
      case "COM" -> {
        var number = component(e, 0);
        if (number != null && number.length > 1) {
          var kind =
              switch (number[1]) {
                case "TE" -> "phone";
                case "FX" -> "fax";
                case "EM" -> "email";
                default -> null;
              };
          member(members, kind, number[0]);
        }
      }
      default -> {
        // other segments name no person
      }
    }
    return members;
  }

  private static List<String[]> elements(String segment) {
    var out = new ArrayList<String[]>();
    for (var element : segment.split("\\+", -1)) {
      out.add(element.split(":", -1));
    }
    return out;
  }

  private static String[] component(List<String[]> elements, int index) {
    return index < elements.size() ? elements.get(index) : null;
  }

  private static String joined(String[] components) {
    return components == null ? null : String.join(" ", components).strip();
  }

  private static void member(List<String> members, String key, String value) {
    if (key != null && value != null && !value.isBlank()) {
      members.add("\"" + key + "\":\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"");
    }
  }
}
