package dev.masker.domain.user;

/** A password hash in the hasher's own self-describing format (salt and cost included). */
public record PasswordHash(String value) {
  public PasswordHash {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("password hash must not be empty");
    }
  }

  @Override
  public String toString() {
    return "PasswordHash[***]";
  }
}
