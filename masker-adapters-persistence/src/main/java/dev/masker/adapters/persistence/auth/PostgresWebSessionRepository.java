package dev.masker.adapters.persistence.auth;

import dev.masker.application.port.out.WebSessionRepository;
import dev.masker.domain.account.AccountId;
import dev.masker.domain.auth.WebSession;
import dev.masker.domain.user.UserId;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

@ApplicationScoped
public class PostgresWebSessionRepository implements WebSessionRepository {
  @Override
  public void add(WebSession session) {
    var row = new WebSessionEntity();
    row.secretDigest = session.secretDigest();
    row.userId = session.userId().value();
    row.accountId = session.accountId().value();
    row.createdAt = session.createdAt();
    row.extendedAt = session.extendedAt();
    row.persist();
  }

  @Override
  public Optional<WebSession> find(String secretDigest) {
    return WebSessionEntity.<WebSessionEntity>findByIdOptional(secretDigest)
        .map(
            row ->
                WebSession.reconstitute(
                    row.secretDigest,
                    new UserId(row.userId),
                    new AccountId(row.accountId),
                    row.createdAt,
                    row.extendedAt));
  }

  @Override
  public void update(WebSession session) {
    WebSessionEntity.update(
        "extendedAt = ?1 where secretDigest = ?2", session.extendedAt(), session.secretDigest());
  }

  @Override
  public void delete(String secretDigest) {
    WebSessionEntity.deleteById(secretDigest);
  }

  @Override
  public void deleteAllOf(UserId user) {
    WebSessionEntity.delete("userId", user.value());
  }
}
