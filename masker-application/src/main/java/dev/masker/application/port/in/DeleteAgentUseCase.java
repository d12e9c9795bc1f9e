package dev.masker.application.port.in;

public interface DeleteAgentUseCase {
  Result delete(Caller caller, String agentId);

  sealed interface Result {
    record Deleted() implements Result {}

    record NotFound() implements Result {}

    /** Only admins delete agents. */
    record Forbidden() implements Result {}
  }
}
