package dev.masker.application.leak;

import java.util.List;

/**
 * One value planted in a call: its kind, how the caller first says it (with a cue that makes it
 * detectable), and the texts that must never reach the upstream in any form ({@link LeakOracle}).
 */
public record Planted(Kind kind, String value, String said) {

  /** A value said in its plain form. */
  public Planted(Kind kind, String value) {
    this(kind, value, value);
  }

  /** The same value, said another way when it is introduced. */
  public Planted saying(String form) {
    return new Planted(kind, value, form);
  }

  /** The kinds the leak hunt plants. */
  public enum Kind {
    NAME,
    PHONE,
    SSN,
    MEMBER_ID,
    EMAIL,
    DOB,
    MRN
  }

  /** The sentence that introduces the value, with its cue. */
  public String introduction() {
    switch (kind) {
      case NAME:
        return "my name is " + said;
      case PHONE:
        return "my phone number is " + said;
      case SSN:
        return "my social security number is " + said;
      case MEMBER_ID:
        return "my member id is " + said;
      case EMAIL:
        return "my email is " + said;
      case DOB:
        return "my date of birth is " + said;
      default:
        return "my medical record number is " + said;
    }
  }

  /** The digits of a number-like value, or empty. */
  public String digits() {
    var digits = new StringBuilder();
    value.chars().filter(c -> c >= '0' && c <= '9').forEach(c -> digits.append((char) c));
    return digits.toString();
  }

  /** The words of a name: given name and surname. */
  public List<String> nameParts() {
    return List.of(value.split(" "));
  }

  @Override
  public String toString() {
    // Shown when a property fails: planted test values, not real PHI.
    return kind + "(" + value + (said.equals(value) ? "" : ", said \"" + said + "\"") + ")";
  }
}
