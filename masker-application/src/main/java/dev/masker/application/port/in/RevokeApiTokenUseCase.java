package dev.masker.application.port.in;

import java.util.function.Function;

/**
 * Revokes a token: a member their own, an admin any of the account's. Another user's token is not
 * found for a member, as it is not in their list.
 */
public interface RevokeApiTokenUseCase {
  Result revoke(Caller caller, String tokenId);

  sealed interface Result {
    /**
     * The value of the one function given for this outcome. Every outcome has its parameter, so an
     * outcome added later stops every caller from compiling until it is handled.
     */
    <T> T fold(
        Function<Revoked, T> revoked,
        Function<NotFound, T> notFound,
        Function<Forbidden, T> forbidden);

    record Revoked() implements Result {
      @Override
      public <T> T fold(
          Function<Revoked, T> revoked,
          Function<NotFound, T> notFound,
          Function<Forbidden, T> forbidden) {
        return revoked.apply(this);
      }
    }

    record NotFound() implements Result {
      @Override
      public <T> T fold(
          Function<Revoked, T> revoked,
          Function<NotFound, T> notFound,
          Function<Forbidden, T> forbidden) {
        return notFound.apply(this);
      }
    }

    /** Tokens do not manage tokens. */
    record Forbidden() implements Result {
      @Override
      public <T> T fold(
          Function<Revoked, T> revoked,
          Function<NotFound, T> notFound,
          Function<Forbidden, T> forbidden) {
        return forbidden.apply(this);
      }
    }
  }
}
