package dev.masker.application.service;

import dev.masker.application.port.in.FinishGithubSignInUseCase;
import dev.masker.application.port.out.AccountRepository;
import dev.masker.application.port.out.GithubProvider;
import dev.masker.application.port.out.OAuthStateRepository;
import dev.masker.application.port.out.TransactionRunner;
import dev.masker.application.port.out.UserRepository;
import dev.masker.application.port.out.WebSessionRepository;
import dev.masker.domain.account.Account;
import dev.masker.domain.account.Plan;
import dev.masker.domain.auth.ReturnPath;
import dev.masker.domain.auth.WebSession;
import dev.masker.domain.common.IdGenerator;
import dev.masker.domain.common.Secret;
import dev.masker.domain.user.Role;
import dev.masker.domain.user.User;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;

/**
 * The callback of a sign-in with GitHub. The state must be the one the browser holds, known to the
 * server, unused and under ten minutes old; it is used up by the first callback that brings it,
 * whatever happens next. Then the code is exchanged for the person's profile, and the user with
 * that GitHub id signs in: a new one opens an account of their own as its admin. A new user whose
 * email belongs to a user who signs in otherwise is refused (docs/adr/0043).
 */
public final class FinishGithubSignInService implements FinishGithubSignInUseCase {
  /** The plan of an account opened by a first sign-in with GitHub. */
  static final Plan NEW_ACCOUNT_PLAN = Plan.BETA;

  private final GithubProvider github;
  private final OAuthStateRepository states;
  private final UserRepository users;
  private final AccountRepository accounts;
  private final WebSessionRepository sessions;
  private final TransactionRunner tx;
  private final IdGenerator ids;
  private final Clock clock;

  public FinishGithubSignInService(
      GithubProvider github,
      OAuthStateRepository states,
      UserRepository users,
      AccountRepository accounts,
      WebSessionRepository sessions,
      TransactionRunner tx,
      IdGenerator ids,
      Clock clock) {
    this.github = github;
    this.states = states;
    this.users = users;
    this.accounts = accounts;
    this.sessions = sessions;
    this.tx = tx;
    this.ids = ids;
    this.clock = clock;
  }

  @Override
  public Result finish(Command command) {
    if (!github.configured()) {
      return new Result.Disabled();
    }
    if (!sameState(command.browserState(), command.returnedState())) {
      return new Result.InvalidState();
    }
    var digest = new Secret(command.returnedState()).digest();
    var state = tx.inTransaction(() -> states.take(digest));
    if (state.isEmpty() || state.get().isExpiredAt(clock.instant())) {
      return new Result.InvalidState();
    }
    if (command.code() == null || command.code().isBlank()) {
      return new Result.Denied();
    }
    GithubProvider.Profile profile;
    try {
      profile = github.profile(command.code(), command.callbackUrl());
    } catch (GithubProvider.ExchangeFailed failed) {
      return new Result.ExchangeFailed();
    }
    var returnPath = state.get().returnPath();
    try {
      return signIn(profile, returnPath);
    } catch (UserRepository.EmailAlreadyUsed raced) {
      // Another callback added this person (or the email) in the meantime: look again.
      try {
        return signIn(profile, returnPath);
      } catch (UserRepository.EmailAlreadyUsed taken) {
        return new Result.EmailTaken();
      }
    }
  }

  private Result signIn(GithubProvider.Profile profile, ReturnPath returnPath) {
    return tx.inTransaction(
        () -> {
          var now = clock.instant();
          var known = users.findByGithubId(profile.id());
          User user;
          if (known.isPresent()) {
            user = known.get();
            users.updateGithubProfile(user.id(), profile.login(), profile.name());
          } else {
            if (profile.email().flatMap(users::findByEmail).isPresent()) {
              return new Result.EmailTaken();
            }
            user = openAccount(profile, now);
          }
          var secret = Secret.generate("");
          sessions.add(WebSession.open(secret.digest(), user.id(), user.accountId(), now));
          users.recordSeen(user.id(), now);
          return new Result.SignedIn(secret, returnPath);
        });
  }

  private User openAccount(GithubProvider.Profile profile, Instant now) {
    var account = Account.open(ids, profile.login(), NEW_ACCOUNT_PLAN, now);
    var admin =
        User.withGithub(
            ids,
            account.id(),
            profile.id(),
            profile.login(),
            profile.email().orElse(null),
            profile.name(),
            Role.ADMIN,
            now);
    accounts.add(account);
    users.add(admin);
    return admin;
  }

  /** Both present and equal, compared in constant time. */
  private static boolean sameState(String browser, String returned) {
    if (browser == null || browser.isBlank() || returned == null || returned.isBlank()) {
      return false;
    }
    return MessageDigest.isEqual(
        browser.getBytes(StandardCharsets.UTF_8), returned.getBytes(StandardCharsets.UTF_8));
  }
}
