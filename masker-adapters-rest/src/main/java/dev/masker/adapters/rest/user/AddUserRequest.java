package dev.masker.adapters.rest.user;

/**
 * The body of {@code POST /api/v1/users}: the role is {@code member} when left out, and a password
 * is generated when none is given.
 */
public record AddUserRequest(String email, String role, String password) {
  @Override
  public String toString() {
    return "AddUserRequest[***]";
  }
}
