package dev.masker.application.port.in;

import dev.masker.domain.common.Secret;
import java.time.Duration;

/** Local sign-in with an email and a password. */
public interface SignInUseCase {
  Result signIn(Command command);

  /** {@code email} is as typed; an address that is not one fails like a wrong password. */
  record Command(String email, String password) {
    @Override
    public String toString() {
      return "SignIn.Command[***]";
    }
  }

  sealed interface Result {
    /** Signed in: {@code sessionSecret} is the cookie value, shown only this once. */
    record SignedIn(Secret sessionSecret) implements Result {}

    /** Wrong email or password; which of the two is never told. */
    record InvalidCredentials() implements Result {}

    /** Too many failures for this email: try again after {@code retryAfter}. */
    record Throttled(Duration retryAfter) implements Result {}
  }
}
