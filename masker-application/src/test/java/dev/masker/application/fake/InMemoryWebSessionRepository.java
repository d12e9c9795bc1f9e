package dev.masker.application.fake;

import dev.masker.application.port.out.WebSessionRepository;
import dev.masker.domain.auth.WebSession;
import dev.masker.domain.user.UserId;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

public final class InMemoryWebSessionRepository implements WebSessionRepository {
  private final Map<String, WebSession> sessions = new ConcurrentHashMap<>();

  @Override
  public void add(WebSession session) {
    sessions.put(session.secretDigest(), session);
  }

  @Override
  public Optional<WebSession> find(String secretDigest) {
    return Optional.ofNullable(sessions.get(secretDigest));
  }

  @Override
  public void update(WebSession session) {
    sessions.replace(session.secretDigest(), session);
  }

  @Override
  public void delete(String secretDigest) {
    sessions.remove(secretDigest);
  }

  @Override
  public void deleteAllOf(UserId user) {
    sessions.values().removeIf(session -> session.userId().equals(user));
  }

  public int size() {
    return sessions.size();
  }
}
