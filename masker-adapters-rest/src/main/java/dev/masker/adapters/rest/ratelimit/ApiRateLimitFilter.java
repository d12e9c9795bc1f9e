package dev.masker.adapters.rest.ratelimit;

import dev.masker.adapters.rest.auth.CurrentCaller;
import dev.masker.adapters.rest.error.ApiError;
import dev.masker.application.port.in.AdmitRequestUseCase;
import dev.masker.application.port.in.AdmitRequestUseCase.Admission;
import dev.masker.application.port.in.AdmitRequestUseCase.RequestGroup;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Counts every {@code /api/v1} request of a signed-in caller against the budget of the caller's
 * account (SPEC §2.3, the {@code api} group), after authentication: requests nobody signed in
 * (sign-in itself, refused ones) spend no account's budget. Over it: 429 {@code rate_limited} with
 * {@code Retry-After}.
 */
public class ApiRateLimitFilter {
  private final AdmitRequestUseCase budgets;
  private final CurrentCaller currentCaller;

  public ApiRateLimitFilter(AdmitRequestUseCase budgets, CurrentCaller currentCaller) {
    this.budgets = budgets;
    this.currentCaller = currentCaller;
  }

  /** After the authentication filter, which runs at {@link Priorities#USER}. */
  @ServerRequestFilter(priority = Priorities.USER + 100)
  public void admit(ContainerRequestContext request) {
    if (!request.getUriInfo().getPath().startsWith("/api/v1")) {
      return;
    }
    var caller = currentCaller.find();
    if (caller.isEmpty()) {
      return;
    }
    if (budgets.admit(caller.get().accountId(), RequestGroup.API)
        instanceof Admission.Limited limited) {
      throw ApiError.rateLimited(
          "This account is over its rate limit for the API; retry after the Retry-After seconds",
          limited.retryAfter());
    }
  }
}
