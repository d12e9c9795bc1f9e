package dev.masker.application.fake;

import dev.masker.application.port.out.OAuthStateRepository;
import dev.masker.domain.auth.OAuthState;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

public final class InMemoryOAuthStateRepository implements OAuthStateRepository {
  private final Map<String, OAuthState> states = new ConcurrentHashMap<>();

  @Override
  public void add(OAuthState state) {
    states.put(state.stateDigest(), state);
  }

  @Override
  public Optional<OAuthState> take(String stateDigest) {
    return Optional.ofNullable(states.remove(stateDigest));
  }

  @Override
  public void deleteCreatedBefore(Instant instant) {
    states.values().removeIf(state -> state.createdAt().isBefore(instant));
  }

  /** How many sign-ins are in progress. */
  public int size() {
    return states.size();
  }
}
