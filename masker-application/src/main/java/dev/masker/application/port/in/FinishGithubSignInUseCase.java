package dev.masker.application.port.in;

import dev.masker.domain.auth.ReturnPath;
import dev.masker.domain.common.Secret;
import java.util.Objects;
import java.util.function.Function;

/** The callback of signing in with GitHub: checks the state, then signs the person in. */
public interface FinishGithubSignInUseCase {
  Result finish(Command command);

  /**
   * What the browser brought back, each as sent and possibly null.
   *
   * @param browserState the state from the browser's {@code masker_oauth_state} cookie
   * @param returnedState the state GitHub sent back in the callback URL
   * @param code the code GitHub sent back, to exchange for a token
   * @param callbackUrl the absolute URL of this server's callback route, as the sign-in started
   */
  record Command(String browserState, String returnedState, String code, String callbackUrl) {
    public Command {
      Objects.requireNonNull(callbackUrl, "callbackUrl");
    }

    @Override
    public String toString() {
      return "FinishGithubSignIn.Command[***]";
    }
  }

  sealed interface Result {
    /**
     * The value of the one function given for this outcome. Every outcome has its parameter, so an
     * outcome added later stops every caller from compiling until it is handled.
     */
    <T> T fold(
        Function<SignedIn, T> signedIn,
        Function<Disabled, T> disabled,
        Function<InvalidState, T> invalidState,
        Function<Denied, T> denied,
        Function<ExchangeFailed, T> exchangeFailed,
        Function<EmailTaken, T> emailTaken);

    /**
     * Signed in: {@code sessionSecret} is the cookie value, shown only this once; the browser goes
     * to {@code returnPath}.
     */
    record SignedIn(Secret sessionSecret, ReturnPath returnPath) implements Result {
      @Override
      public <T> T fold(
          Function<SignedIn, T> signedIn,
          Function<Disabled, T> disabled,
          Function<InvalidState, T> invalidState,
          Function<Denied, T> denied,
          Function<ExchangeFailed, T> exchangeFailed,
          Function<EmailTaken, T> emailTaken) {
        return signedIn.apply(this);
      }

      @Override
      public String toString() {
        return "SignedIn[***]";
      }
    }

    /** GitHub sign-in is not configured on this server. */
    record Disabled() implements Result {
      @Override
      public <T> T fold(
          Function<SignedIn, T> signedIn,
          Function<Disabled, T> disabled,
          Function<InvalidState, T> invalidState,
          Function<Denied, T> denied,
          Function<ExchangeFailed, T> exchangeFailed,
          Function<EmailTaken, T> emailTaken) {
        return disabled.apply(this);
      }
    }

    /** The state is missing, differs from the browser's, is unknown, used already or expired. */
    record InvalidState() implements Result {
      @Override
      public <T> T fold(
          Function<SignedIn, T> signedIn,
          Function<Disabled, T> disabled,
          Function<InvalidState, T> invalidState,
          Function<Denied, T> denied,
          Function<ExchangeFailed, T> exchangeFailed,
          Function<EmailTaken, T> emailTaken) {
        return invalidState.apply(this);
      }
    }

    /** The state is good but GitHub sent no code: the person cancelled or refused at GitHub. */
    record Denied() implements Result {
      @Override
      public <T> T fold(
          Function<SignedIn, T> signedIn,
          Function<Disabled, T> disabled,
          Function<InvalidState, T> invalidState,
          Function<Denied, T> denied,
          Function<ExchangeFailed, T> exchangeFailed,
          Function<EmailTaken, T> emailTaken) {
        return denied.apply(this);
      }
    }

    /** GitHub did not turn the code into a profile: refused, failed, garbled or too slow. */
    record ExchangeFailed() implements Result {
      @Override
      public <T> T fold(
          Function<SignedIn, T> signedIn,
          Function<Disabled, T> disabled,
          Function<InvalidState, T> invalidState,
          Function<Denied, T> denied,
          Function<ExchangeFailed, T> exchangeFailed,
          Function<EmailTaken, T> emailTaken) {
        return exchangeFailed.apply(this);
      }
    }

    /**
     * GitHub's email for a new user belongs to a user who signs in otherwise
     * (docs/adr/0043-github-sign-in-and-existing-emails.md).
     */
    record EmailTaken() implements Result {
      @Override
      public <T> T fold(
          Function<SignedIn, T> signedIn,
          Function<Disabled, T> disabled,
          Function<InvalidState, T> invalidState,
          Function<Denied, T> denied,
          Function<ExchangeFailed, T> exchangeFailed,
          Function<EmailTaken, T> emailTaken) {
        return emailTaken.apply(this);
      }
    }
  }
}
