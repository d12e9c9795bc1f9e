package dev.masker.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masker.domain.auth.OAuthState;
import dev.masker.domain.auth.ReturnPath;
import dev.masker.domain.common.Secret;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * What every {@link OAuthStateRepository} must do, run against the in-memory fake and the
 * PostgreSQL adapter. Each test uses states of its own.
 */
public abstract class OAuthStateRepositoryContract {
  private static final Instant T0 = Instant.parse("2026-05-03T21:14:32.481Z");

  protected abstract OAuthStateRepository states();

  protected abstract TransactionRunner tx();

  private OAuthState added(ReturnPath path, Instant createdAt) {
    var state = new OAuthState(Secret.generate("").digest(), path, createdAt);
    tx().inTransaction(() -> states().add(state));
    return state;
  }

  @Test
  void a_state_is_taken_once_with_its_return_path_and_start() {
    var state = added(ReturnPath.of("/portal/agents?tab=keys"), T0);

    var first = tx().inTransaction(() -> states().take(state.stateDigest()));
    var second = tx().inTransaction(() -> states().take(state.stateDigest()));

    assertThat(first).contains(state);
    assertThat(second).isEmpty();
  }

  @Test
  void an_unknown_state_is_not_found() {
    assertThat(tx().inTransaction(() -> states().take(Secret.generate("").digest()))).isEmpty();
  }

  @Test
  void states_started_before_an_instant_are_forgotten_and_later_ones_kept() {
    var old = added(ReturnPath.PORTAL, T0.minusSeconds(3600));
    var recent = added(ReturnPath.PORTAL, T0);

    tx().inTransaction(() -> states().deleteCreatedBefore(T0.minusSeconds(600)));

    assertThat(tx().inTransaction(() -> states().take(old.stateDigest()))).isEmpty();
    assertThat(tx().inTransaction(() -> states().take(recent.stateDigest()))).contains(recent);
  }
}
