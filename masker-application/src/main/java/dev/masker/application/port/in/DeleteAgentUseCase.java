package dev.masker.application.port.in;

import java.util.function.Function;

public interface DeleteAgentUseCase {
  Result delete(Caller caller, String agentId);

  sealed interface Result {
    /**
     * The value of the one function given for this outcome. Every outcome has its parameter, so an
     * outcome added later stops every caller from compiling until it is handled.
     */
    <T> T fold(
        Function<Deleted, T> deleted,
        Function<NotFound, T> notFound,
        Function<Forbidden, T> forbidden);

    record Deleted() implements Result {
      @Override
      public <T> T fold(
          Function<Deleted, T> deleted,
          Function<NotFound, T> notFound,
          Function<Forbidden, T> forbidden) {
        return deleted.apply(this);
      }
    }

    record NotFound() implements Result {
      @Override
      public <T> T fold(
          Function<Deleted, T> deleted,
          Function<NotFound, T> notFound,
          Function<Forbidden, T> forbidden) {
        return notFound.apply(this);
      }
    }

    /** Only admins delete agents. */
    record Forbidden() implements Result {
      @Override
      public <T> T fold(
          Function<Deleted, T> deleted,
          Function<NotFound, T> notFound,
          Function<Forbidden, T> forbidden) {
        return forbidden.apply(this);
      }
    }
  }
}
