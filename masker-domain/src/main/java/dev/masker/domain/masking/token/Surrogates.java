package dev.masker.domain.masking.token;

import dev.masker.domain.masking.EntityKind;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * Makes a realistic surrogate of the same kind and shape from a seed: invented names and places,
 * fictional 555-01xx NANP numbers, {@code user####@example.com}, dates shifted by a per-session
 * offset in the same numeric or written format, same-length digits with a valid Luhn check for
 * cards, otherwise the same shape with other digits and letters.
 */
final class Surrogates {
  private static final String[] FIRST = {
    "Avery", "Brennic", "Calla", "Dorian", "Elsin", "Faro", "Galen", "Hollis", "Iria", "Jorvin",
    "Kestra", "Lumen", "Maren", "Nolle", "Orrin", "Perrin", "Quilla", "Rowan", "Sable", "Tamsin",
    "Ulla", "Varen", "Wrenna", "Yarrow", "Zeph", "Ansel", "Briar", "Corin", "Delphine", "Emrys"
  };
  private static final String[] LAST = {
    "Ashdown", "Brackett", "Calloway", "Dunmore", "Everly", "Fairweather", "Greaves", "Harlow",
    "Ingram", "Jessop", "Kettering", "Lockridge", "Marlowe", "Northcott", "Oakhurst", "Pennick",
    "Quarrie", "Rendell", "Stanwick", "Thornbury", "Upfield", "Vellacott", "Westbrook", "Yardley"
  };
  private static final String[] PLACES = {
    "Alderbrook", "Bramwell", "Cedar Hollow", "Dunmere", "Elmsford Vale", "Fernleigh",
    "Glenhaven", "Harrowgate Falls", "Ivydale", "Juniper Ridge", "Kestrel Bay", "Larkspur"
  };
  private static final String[] STREETS = {
    "Alder Lane",
    "Birch Row",
    "Copper Street",
    "Dove Court",
    "Elder Way",
    "Finch Road",
    "Granite Avenue",
    "Heron Drive",
    "Iris Place",
    "Juniper Street"
  };
  private static final String[] MONTHS = {
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December"
  };

  private Surrogates() {}

  /** A seeded choice: successive values from the seed bytes. */
  static final class Seed {
    private final byte[] bytes;
    private int at;

    Seed(byte[] bytes) {
      this.bytes = bytes;
    }

    int next(int bound) {
      int value =
          ((bytes[at % bytes.length] & 0xff) << 8 | (bytes[(at + 1) % bytes.length] & 0xff))
              ^ (at * 7919);
      at += 2;
      return Math.floorMod(value, bound);
    }
  }

  static String make(EntityKind kind, String surface, String normalized, Seed seed, int dayShift) {
    switch (kind) {
      case NAME:
        return name(surface, seed);
      case LOCATION:
        return cased(surface, PLACES[seed.next(PLACES.length)]);
      case ADDRESS:
        return cased(surface, (100 + seed.next(9800)) + " " + STREETS[seed.next(STREETS.length)]);
      case EMAIL:
        return String.format(Locale.ROOT, "user%04d@example.com", seed.next(10000));
      case PHONE:
      case FAX:
        return phone(surface, normalized, seed);
      case DATE:
      case DOB:
        return date(surface, normalized, seed, dayShift);
      case CREDIT_CARD:
        return luhn(shapeOf(surface, normalized, seed));
      default:
        return shapeOf(surface, normalized, seed);
    }
  }

  private static String name(String surface, Seed seed) {
    int words = surface.strip().split("\\s+").length;
    var first = FIRST[seed.next(FIRST.length)];
    var last = LAST[seed.next(LAST.length)];
    return cased(surface, words >= 2 ? first + " " + last : first);
  }

  private static String cased(String surface, String surrogate) {
    boolean lower = surface.equals(surface.toLowerCase(Locale.ROOT));
    return lower ? surrogate.toLowerCase(Locale.ROOT) : surrogate;
  }

  private static String phone(String surface, String digits, Seed seed) {
    if (!(digits.length() == 10 || (digits.length() == 11 && digits.charAt(0) == '1'))) {
      return shapeOf(surface, digits, seed);
    }
    var fake = new StringBuilder(11);
    if (digits.length() == 11) {
      fake.append('1');
    }
    fake.append((char) ('2' + seed.next(8))).append(seed.next(10)).append(seed.next(10));
    fake.append("55501").append(seed.next(10)).append(seed.next(10));
    if (digitCount(surface) == digits.length()) {
      return replaceDigits(surface, fake);
    }
    var ten = fake.substring(fake.length() - 10);
    return (digits.length() == 11 ? "1-" : "")
        + ten.substring(0, 3)
        + "-"
        + ten.substring(3, 6)
        + "-"
        + ten.substring(6);
  }

  private static String date(String surface, String normalized, Seed seed, int dayShift) {
    LocalDate date;
    try {
      date = LocalDate.parse(normalized);
    } catch (DateTimeParseException notComplete) {
      return shapeOf(surface, normalized, seed);
    }
    var shifted = date.plusDays(dayShift);
    var numbers = surface.strip().split("[^0-9]+");
    if (digitCount(surface) >= 4 && numbers.length == 3 && !numbers[0].isEmpty()) {
      boolean isoOrder = numbers[0].length() == 4;
      var fields =
          isoOrder
              ? new int[] {shifted.getYear(), shifted.getMonthValue(), shifted.getDayOfMonth()}
              : new int[] {shifted.getMonthValue(), shifted.getDayOfMonth(), shifted.getYear()};
      var out = new StringBuilder();
      int field = 0;
      int i = 0;
      var text = surface;
      while (i < text.length()) {
        char c = text.charAt(i);
        if (c >= '0' && c <= '9') {
          int j = i;
          while (j < text.length() && text.charAt(j) >= '0' && text.charAt(j) <= '9') {
            j++;
          }
          int width = j - i;
          int value = field < 3 ? fields[field] : 0;
          if (width == 2 && value >= 100) {
            value %= 100;
          }
          out.append(String.format(Locale.ROOT, "%0" + width + "d", value));
          field++;
          i = j;
        } else {
          out.append(c);
          i++;
        }
      }
      return out.toString();
    }
    return MONTHS[shifted.getMonthValue() - 1]
        + " "
        + shifted.getDayOfMonth()
        + ", "
        + shifted.getYear();
  }

  /** Same shape: digits for digits, letters for letters of the same case, the rest kept. */
  private static String shapeOf(String surface, String normalized, Seed seed) {
    var shape = digitCount(surface) == digitCount(normalized) ? surface : normalized;
    var out = new StringBuilder(shape.length());
    for (int i = 0; i < shape.length(); i++) {
      char c = shape.charAt(i);
      if (c >= '0' && c <= '9') {
        out.append((char) ('0' + seed.next(10)));
      } else if (c >= 'a' && c <= 'z') {
        out.append((char) ('a' + seed.next(26)));
      } else if (c >= 'A' && c <= 'Z') {
        out.append((char) ('A' + seed.next(26)));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** The same text with its last digit set so that the digits pass the Luhn check. */
  static String luhn(String text) {
    int last = -1;
    for (int i = text.length() - 1; i >= 0; i--) {
      if (Character.isDigit(text.charAt(i)) && text.charAt(i) < 128) {
        last = i;
        break;
      }
    }
    if (last < 0) {
      return text;
    }
    int sum = 0;
    boolean twice = true;
    for (int i = last - 1; i >= 0; i--) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        int d = c - '0';
        if (twice) {
          d = d * 2 > 9 ? d * 2 - 9 : d * 2;
        }
        sum += d;
        twice = !twice;
      }
    }
    int check = (10 - sum % 10) % 10;
    return text.substring(0, last) + (char) ('0' + check) + text.substring(last + 1);
  }

  private static String replaceDigits(String surface, CharSequence digits) {
    var out = new StringBuilder(surface.length());
    int d = 0;
    for (int i = 0; i < surface.length(); i++) {
      char c = surface.charAt(i);
      out.append(c >= '0' && c <= '9' ? digits.charAt(d++) : c);
    }
    return out.toString();
  }

  private static int digitCount(String text) {
    int count = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= '0' && text.charAt(i) <= '9') {
        count++;
      }
    }
    return count;
  }
}
