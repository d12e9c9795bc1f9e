package dev.masker.application.fake;

import dev.masker.application.port.out.UserRepository;
import dev.masker.domain.user.Email;
import dev.masker.domain.user.GithubId;
import dev.masker.domain.user.PasswordHash;
import dev.masker.domain.user.User;
import dev.masker.domain.user.UserId;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

public final class InMemoryUserRepository implements UserRepository {
  private final Map<UserId, User> users = new ConcurrentHashMap<>();

  @Override
  public synchronized void add(User user) {
    if (user.email().flatMap(this::findByEmail).isPresent()
        || user.githubId().flatMap(this::findByGithubId).isPresent()) {
      throw new EmailAlreadyUsed();
    }
    users.put(user.id(), user);
  }

  @Override
  public Optional<User> find(UserId id) {
    return Optional.ofNullable(users.get(id));
  }

  @Override
  public Optional<User> findByEmail(Email email) {
    return users.values().stream().filter(u -> u.email().equals(Optional.of(email))).findFirst();
  }

  @Override
  public Optional<User> findByGithubId(GithubId githubId) {
    return users.values().stream()
        .filter(u -> u.githubId().equals(Optional.of(githubId)))
        .findFirst();
  }

  @Override
  public boolean any() {
    return !users.isEmpty();
  }

  @Override
  public void recordSeen(UserId id, Instant at) {
    users.computeIfPresent(id, (key, user) -> user.seenAt(at));
  }

  @Override
  public void changePassword(UserId id, PasswordHash hash) {
    users.computeIfPresent(id, (key, user) -> user.withPasswordHash(hash));
  }

  @Override
  public void updateGithubProfile(UserId id, String login, String name) {
    users.computeIfPresent(id, (key, user) -> user.withGithubProfile(login, name));
  }

  /** Takes a user away, as an operator would: nothing in the API removes users yet. */
  public void remove(UserId id) {
    users.remove(id);
  }
}
