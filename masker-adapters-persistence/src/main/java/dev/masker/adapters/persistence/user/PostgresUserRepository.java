package dev.masker.adapters.persistence.user;

import dev.masker.adapters.persistence.UniqueViolation;
import dev.masker.application.port.out.UserRepository;
import dev.masker.domain.user.Email;
import dev.masker.domain.user.GithubId;
import dev.masker.domain.user.PasswordHash;
import dev.masker.domain.user.User;
import dev.masker.domain.user.UserId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.util.Optional;

@ApplicationScoped
public class PostgresUserRepository implements UserRepository {
  private final UserRows rows;

  public PostgresUserRepository(UserRows rows) {
    this.rows = rows;
  }

  @Override
  public void add(User user) {
    var row = rows.row(user.snapshot());
    try {
      row.persistAndFlush();
    } catch (PersistenceException e) {
      if (UniqueViolation.isCauseOf(e)) {
        throw new EmailAlreadyUsed();
      }
      throw e;
    }
  }

  @Override
  public Optional<User> find(UserId id) {
    return UserEntity.<UserEntity>findByIdOptional(id.value()).map(this::toUser);
  }

  @Override
  public Optional<User> findByEmail(Email email) {
    return UserEntity.<UserEntity>find("email", email.value())
        .firstResultOptional()
        .map(this::toUser);
  }

  @Override
  public Optional<User> findByGithubId(GithubId githubId) {
    return UserEntity.<UserEntity>find("githubId", githubId.value())
        .firstResultOptional()
        .map(this::toUser);
  }

  @Override
  public boolean any() {
    return UserEntity.count() > 0;
  }

  @Override
  public void recordSeen(UserId id, Instant at) {
    UserEntity.update("lastSeenAt = ?1 where id = ?2", at, id.value());
  }

  @Override
  public void changePassword(UserId id, PasswordHash hash) {
    UserEntity.update("passwordHash = ?1 where id = ?2", hash.value(), id.value());
  }

  @Override
  public void updateGithubProfile(UserId id, String login, String name) {
    UserEntity.update("githubLogin = ?1, name = ?2 where id = ?3", login, name, id.value());
  }

  private User toUser(UserEntity row) {
    return User.reconstitute(rows.snapshot(row));
  }
}
