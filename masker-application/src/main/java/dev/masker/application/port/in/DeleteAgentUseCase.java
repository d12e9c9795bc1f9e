package dev.masker.application.port.in;

public interface DeleteAgentUseCase {
  Result delete(Caller caller, String agentId);

  sealed interface Result {
    /**
     * Calls the method of {@code cases} for this result: a new case added here fails to compile at
     * every caller until it is handled.
     */
    <T> T fold(Cases<T> cases);

    /** One method per result; {@link #fold} calls the one that applies. */
    interface Cases<T> {
      T deleted(Deleted result);

      T notFound(NotFound result);

      T forbidden(Forbidden result);
    }

    record Deleted() implements Result {
      @Override
      public <T> T fold(Cases<T> cases) {
        return cases.deleted(this);
      }
    }

    record NotFound() implements Result {
      @Override
      public <T> T fold(Cases<T> cases) {
        return cases.notFound(this);
      }
    }

    /** Only admins delete agents. */
    record Forbidden() implements Result {
      @Override
      public <T> T fold(Cases<T> cases) {
        return cases.forbidden(this);
      }
    }
  }
}
