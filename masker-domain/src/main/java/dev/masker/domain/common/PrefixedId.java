package dev.masker.domain.common;

/** The text form of resource ids: a type prefix and a ULID, such as {@code agt_01HYZ…}. */
public final class PrefixedId {
  private static final int ULID_LENGTH = 26;
  private static final String CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

  private PrefixedId() {}

  /** Whether {@code value} is {@code prefix} followed by a well-formed upper-case ULID. */
  public static boolean matches(String prefix, String value) {
    if (value == null || value.length() != prefix.length() + ULID_LENGTH) {
      return false;
    }
    if (!value.startsWith(prefix)) {
      return false;
    }
    // The first character of a ULID encodes only 3 bits: anything above 7 overflows 128 bits.
    if (value.charAt(prefix.length()) > '7') {
      return false;
    }
    for (int i = prefix.length(); i < value.length(); i++) {
      if (CROCKFORD.indexOf(value.charAt(i)) < 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns {@code value} when it is a valid id of that prefix, else throws {@link InvalidValue}.
   */
  public static String require(String field, String prefix, String value) {
    if (!matches(prefix, value)) {
      throw new InvalidValue(field, "must be an id starting with " + prefix);
    }
    return value;
  }
}
