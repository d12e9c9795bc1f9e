package dev.masker.adapters.persistence.auth;

import dev.masker.application.port.out.OAuthStateRepository;
import dev.masker.domain.auth.OAuthState;
import dev.masker.domain.auth.ReturnPath;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;

@ApplicationScoped
public class PostgresOAuthStateRepository implements OAuthStateRepository {
  @Override
  public void add(OAuthState state) {
    var row = new OAuthStateEntity();
    row.stateDigest = state.stateDigest();
    row.returnPath = state.returnPath().value();
    row.createdAt = state.createdAt();
    row.persist();
  }

  /**
   * Reads the row, then deletes it: of two transactions that take the same state at once, the
   * second one's delete waits for the first to commit and then removes nothing, so it finds none.
   */
  @Override
  public Optional<OAuthState> take(String stateDigest) {
    var row = OAuthStateEntity.<OAuthStateEntity>findByIdOptional(stateDigest);
    if (row.isEmpty()) {
      return Optional.empty();
    }
    var found =
        new OAuthState(
            row.get().stateDigest, new ReturnPath(row.get().returnPath), row.get().createdAt);
    OAuthStateEntity.getEntityManager().detach(row.get());
    if (OAuthStateEntity.delete("stateDigest", stateDigest) == 0) {
      return Optional.empty();
    }
    return Optional.of(found);
  }

  @Override
  public void deleteCreatedBefore(Instant instant) {
    OAuthStateEntity.delete("createdAt < ?1", instant);
  }
}
