package dev.masker.server.wiring;

import dev.masker.application.port.in.FinishGithubSignInUseCase;
import dev.masker.application.port.in.StartGithubSignInUseCase;
import dev.masker.application.port.out.AccountRepository;
import dev.masker.application.port.out.GithubProvider;
import dev.masker.application.port.out.OAuthStateRepository;
import dev.masker.application.port.out.TransactionRunner;
import dev.masker.application.port.out.UserRepository;
import dev.masker.application.port.out.WebSessionRepository;
import dev.masker.application.service.FinishGithubSignInService;
import dev.masker.application.service.StartGithubSignInService;
import dev.masker.domain.common.IdGenerator;
import dev.masker.server.github.GithubOAuthClient;
import dev.masker.server.github.GithubSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/** Builds the use cases of signing in with GitHub, and GitHub itself as their provider. */
@ApplicationScoped
public class GithubUseCases {

  @Produces
  @Singleton
  GithubProvider github(GithubSettings settings) {
    return new GithubOAuthClient(settings);
  }

  @Produces
  @ApplicationScoped
  StartGithubSignInUseCase startGithubSignIn(
      GithubProvider github, OAuthStateRepository states, TransactionRunner tx, Clock clock) {
    return new StartGithubSignInService(github, states, tx, clock);
  }

  @Produces
  @ApplicationScoped
  FinishGithubSignInUseCase finishGithubSignIn(
      GithubProvider github,
      OAuthStateRepository states,
      UserRepository users,
      AccountRepository accounts,
      WebSessionRepository sessions,
      TransactionRunner tx,
      IdGenerator ids,
      Clock clock) {
    return new FinishGithubSignInService(github, states, users, accounts, sessions, tx, ids, clock);
  }
}
