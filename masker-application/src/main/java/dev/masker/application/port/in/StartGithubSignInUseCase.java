package dev.masker.application.port.in;

import dev.masker.domain.common.Secret;
import java.util.Objects;
import java.util.function.Function;

/** The first step of signing in with GitHub: a one-time state, and where to send the browser. */
public interface StartGithubSignInUseCase {
  Result start(Command command);

  /**
   * @param redirectTo where the browser asks to go once signed in, as sent (may be null); anything
   *     but a path of this server becomes {@code /portal}
   * @param callbackUrl the absolute URL of this server's callback route, for GitHub to come back to
   */
  record Command(String redirectTo, String callbackUrl) {
    public Command {
      Objects.requireNonNull(callbackUrl, "callbackUrl");
    }
  }

  sealed interface Result {
    /**
     * The value of the one function given for this outcome. Every outcome has its parameter, so an
     * outcome added later stops every caller from compiling until it is handled.
     */
    <T> T fold(Function<Redirect, T> redirect, Function<Disabled, T> disabled);

    /**
     * Send the browser to {@code authorizeUrl}, holding {@code state} (shown only this once) for
     * the callback.
     */
    record Redirect(Secret state, String authorizeUrl) implements Result {
      public Redirect {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(authorizeUrl, "authorizeUrl");
      }

      @Override
      public <T> T fold(Function<Redirect, T> redirect, Function<Disabled, T> disabled) {
        return redirect.apply(this);
      }
    }

    /** GitHub sign-in is not configured on this server. */
    record Disabled() implements Result {
      @Override
      public <T> T fold(Function<Redirect, T> redirect, Function<Disabled, T> disabled) {
        return disabled.apply(this);
      }
    }
  }
}
