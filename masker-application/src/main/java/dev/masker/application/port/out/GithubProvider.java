package dev.masker.application.port.out;

import dev.masker.domain.user.Email;
import dev.masker.domain.user.GithubId;
import java.util.Objects;
import java.util.Optional;

/** GitHub as an OAuth provider: where to send the browser, and who a returned code belongs to. */
public interface GithubProvider {
  /** Whether a client id and secret are configured; without them GitHub sign-in is off. */
  boolean configured();

  /**
   * The provider's page that asks the person to let Masker read their profile.
   *
   * @param callbackUrl where the provider sends the browser back, this server's callback route
   */
  String authorizeUrl(String state, String callbackUrl);

  /**
   * Exchanges the code GitHub sent back for a token, then reads the person's profile with it.
   *
   * @param callbackUrl the same callback URL the sign-in started with
   * @throws ExchangeFailed when the provider refuses, fails, answers nonsense or too late
   */
  Profile profile(String code, String callbackUrl);

  /**
   * A GitHub account as GitHub describes it: {@code name} may be null; {@code email} is the public
   * one or the verified primary one, when there is either.
   */
  record Profile(GithubId id, String login, String name, Optional<Email> email) {
    public Profile {
      Objects.requireNonNull(id, "id");
      if (login == null || login.isBlank()) {
        throw new IllegalArgumentException("a GitHub login is required");
      }
      Objects.requireNonNull(email, "email");
    }

    @Override
    public String toString() {
      return "GithubProvider.Profile[" + id + "]";
    }
  }

  /**
   * The code could not be turned into a profile. The message says what went wrong in words of the
   * adapter's own (never the code, a token, the client secret or what the provider answered).
   */
  final class ExchangeFailed extends RuntimeException {
    public ExchangeFailed(String reason) {
      super(reason, null, false, false);
    }
  }
}
