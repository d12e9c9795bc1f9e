package dev.masker.application.port.out;

import dev.masker.domain.user.Email;
import dev.masker.domain.user.GithubId;
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

  /** The user who signs in with this GitHub account. */
  Optional<User> findByGithubId(GithubId githubId);

  /** Whether any user exists at all, in any account. */
  boolean any();

  void recordSeen(UserId id, Instant at);

  /** Replaces the user's password hash; nothing happens for an unknown id. */
  void changePassword(UserId id, PasswordHash hash);

  /** Shows the user with the login and name GitHub gives now ({@code name} may be null). */
  void updateGithubProfile(UserId id, String login, String name);

  /**
   * Raised by {@link #add} when the email belongs to another user, or the GitHub account to another
   * user.
   */
  final class EmailAlreadyUsed extends RuntimeException {
    public EmailAlreadyUsed() {
      super("email already used");
    }
  }
}
