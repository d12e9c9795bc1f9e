package dev.masker.domain.common;

/**
 * A value that breaks a rule of the domain. The message names the field and the rule, never the
 * value itself: values may be personal data.
 */
public final class InvalidValue extends IllegalArgumentException {
  private final String field;
  private final String issue;

  public InvalidValue(String field, String issue) {
    super(field + " " + issue);
    this.field = field;
    this.issue = issue;
  }

  public String field() {
    return field;
  }

  public String issue() {
    return issue;
  }
}
