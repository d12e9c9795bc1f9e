package dev.masker.application.port.out;

import dev.masker.domain.user.Email;
import dev.masker.domain.user.PasswordHash;
import dev.masker.domain.user.User;
import dev.masker.domain.user.UserId;
import java.time.Instant;
import java.util.Optional;

public interface UserRepository {
  /**
   * Adds a new user.
   *
   * @throws EmailAlreadyUsed when another user has that email
   */
  void add(User user);

  Optional<User> find(UserId id);

  Optional<User> findByEmail(Email email);

  /** Whether any user exists at all, in any account. */
  boolean any();

  void recordSeen(UserId id, Instant at);

  /** Replaces the user's password hash; nothing happens for an unknown id. */
  void changePassword(UserId id, PasswordHash hash);

  /** Raised by {@link #add} when the email belongs to another user. */
  final class EmailAlreadyUsed extends RuntimeException {
    public EmailAlreadyUsed() {
      super("email already used");
    }
  }
}
