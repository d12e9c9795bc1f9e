package dev.masker.adapters.persistence.user;

import dev.masker.adapters.persistence.UniqueViolation;
import dev.masker.application.port.out.UserRepository;
import dev.masker.domain.account.AccountId;
import dev.masker.domain.user.Email;
import dev.masker.domain.user.PasswordHash;
import dev.masker.domain.user.Role;
import dev.masker.domain.user.User;
import dev.masker.domain.user.UserId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.util.Optional;

@ApplicationScoped
public class PostgresUserRepository implements UserRepository {
  @Override
  public void add(User user) {
    var row = new UserEntity();
    row.id = user.id().value();
    row.accountId = user.accountId().value();
    row.email = user.email().map(Email::value).orElse(null);
    row.name = user.name().orElse(null);
    row.githubLogin = user.githubLogin().orElse(null);
    row.role = user.role().wireName();
    row.passwordHash = user.passwordHash().map(PasswordHash::value).orElse(null);
    row.createdAt = user.createdAt();
    row.lastSeenAt = user.lastSeenAt().orElse(null);
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
    return UserEntity.<UserEntity>findByIdOptional(id.value()).map(PostgresUserRepository::toUser);
  }

  @Override
  public Optional<User> findByEmail(Email email) {
    return UserEntity.<UserEntity>find("email", email.value())
        .firstResultOptional()
        .map(PostgresUserRepository::toUser);
  }

  @Override
  public boolean any() {
    return UserEntity.count() > 0;
  }

  @Override
  public void recordSeen(UserId id, Instant at) {
    UserEntity.update("lastSeenAt = ?1 where id = ?2", at, id.value());
  }

  private static User toUser(UserEntity row) {
    return User.reconstitute(
        new User.Snapshot(
            new UserId(row.id),
            new AccountId(row.accountId),
            row.email == null ? null : new Email(row.email),
            row.name,
            row.githubLogin,
            Role.fromWireName(row.role),
            row.passwordHash == null ? null : new PasswordHash(row.passwordHash),
            row.createdAt,
            row.lastSeenAt));
  }
}
