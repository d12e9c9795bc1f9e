package dev.masker.application.port.in;

import dev.masker.domain.common.Secret;
import java.time.Duration;
import java.util.function.Function;

/** Local sign-in with an email and a password. */
public interface SignInUseCase {
  Result signIn(Command command);

  /**
   * @param email as typed; an address that is not one fails like a wrong password
   * @param clientAddress where the attempt comes from, as the adapter knows it (an IP address, or a
   *     network of them); failures are counted by it
   */
  record Command(String email, String password, String clientAddress) {
    public Command {
      if (clientAddress == null || clientAddress.isBlank()) {
        throw new IllegalArgumentException("clientAddress is required");
      }
    }

    @Override
    public String toString() {
      return "SignIn.Command[***]";
    }
  }

  sealed interface Result {
    /**
     * The value of the one function given for this outcome. Every outcome has its parameter, so an
     * outcome added later stops every caller from compiling until it is handled.
     */
    <T> T fold(
        Function<SignedIn, T> signedIn,
        Function<InvalidCredentials, T> invalidCredentials,
        Function<Throttled, T> throttled,
        Function<Busy, T> busy);

    /** Signed in: {@code sessionSecret} is the cookie value, shown only this once. */
    record SignedIn(Secret sessionSecret) implements Result {
      @Override
      public <T> T fold(
          Function<SignedIn, T> signedIn,
          Function<InvalidCredentials, T> invalidCredentials,
          Function<Throttled, T> throttled,
          Function<Busy, T> busy) {
        return signedIn.apply(this);
      }
    }

    /** Wrong email or password; which of the two is never told. */
    record InvalidCredentials() implements Result {
      @Override
      public <T> T fold(
          Function<SignedIn, T> signedIn,
          Function<InvalidCredentials, T> invalidCredentials,
          Function<Throttled, T> throttled,
          Function<Busy, T> busy) {
        return invalidCredentials.apply(this);
      }
    }

    /**
     * Too many failures from this address (for this email, or for any): try again after {@code
     * retryAfter}.
     */
    record Throttled(Duration retryAfter) implements Result {
      @Override
      public <T> T fold(
          Function<SignedIn, T> signedIn,
          Function<InvalidCredentials, T> invalidCredentials,
          Function<Throttled, T> throttled,
          Function<Busy, T> busy) {
        return throttled.apply(this);
      }
    }

    /**
     * Not checked: another sign-in from this address is being checked, or the server is checking as
     * many passwords as it allows at once. Try again after {@code retryAfter}.
     */
    record Busy(Duration retryAfter) implements Result {
      @Override
      public <T> T fold(
          Function<SignedIn, T> signedIn,
          Function<InvalidCredentials, T> invalidCredentials,
          Function<Throttled, T> throttled,
          Function<Busy, T> busy) {
        return busy.apply(this);
      }
    }
  }
}
