package dev.masker.application.service;

import dev.masker.application.port.in.StartGithubSignInUseCase;
import dev.masker.application.port.out.GithubProvider;
import dev.masker.application.port.out.OAuthStateRepository;
import dev.masker.application.port.out.TransactionRunner;
import dev.masker.domain.auth.OAuthState;
import dev.masker.domain.auth.ReturnPath;
import dev.masker.domain.common.Secret;
import java.time.Clock;

/**
 * Starts a sign-in with GitHub: a state of 256 random bits, of which the server keeps the digest
 * and the return path. States of sign-ins abandoned past their lifetime are forgotten on the way.
 */
public final class StartGithubSignInService implements StartGithubSignInUseCase {
  private final GithubProvider github;
  private final OAuthStateRepository states;
  private final TransactionRunner tx;
  private final Clock clock;

  public StartGithubSignInService(
      GithubProvider github, OAuthStateRepository states, TransactionRunner tx, Clock clock) {
    this.github = github;
    this.states = states;
    this.tx = tx;
    this.clock = clock;
  }

  @Override
  public Result start(Command command) {
    if (!github.configured()) {
      return new Result.Disabled();
    }
    var state = Secret.generate("");
    var now = clock.instant();
    var started = new OAuthState(state.digest(), ReturnPath.of(command.redirectTo()), now);
    tx.inTransaction(
        () -> {
          states.deleteCreatedBefore(now.minus(OAuthState.LIFETIME));
          states.add(started);
        });
    return new Result.Redirect(state, github.authorizeUrl(state.value(), command.callbackUrl()));
  }
}
