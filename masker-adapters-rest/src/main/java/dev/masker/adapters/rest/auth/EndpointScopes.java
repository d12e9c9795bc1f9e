package dev.masker.adapters.rest.auth;

import dev.masker.domain.auth.Scope;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which scope an API token needs for each {@code /api/v1} endpoint: the one place that says so. The
 * first rule that matches the method and path decides; an endpoint no rule matches is refused to
 * every token (fail closed), so an endpoint added later is closed to tokens until a rule here opens
 * it. Managing users and tokens is never open to tokens: a token could otherwise mint a broader
 * token or one that outlives its own revocation.
 */
public final class EndpointScopes {
  private static final Set<String> READS = Set.of("GET", "HEAD");
  private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");
  private static final String ID = "[^/]+";
  private static final String ANY_REST = "(/.*)?";

  private static final List<Rule> RULES =
      List.of(
          new Rule(READS, "/api/v1/me", new Need.AnyToken()),
          new Rule(
              READS, "/api/v1/agents/" + ID + "/sessions" + ANY_REST, scoped(Scope.SESSIONS_READ)),
          new Rule(READS, "/api/v1/agents" + ANY_REST, scoped(Scope.AGENTS_READ)),
          new Rule(WRITES, "/api/v1/agents" + ANY_REST, scoped(Scope.AGENTS_WRITE)),
          new Rule(
              READS, "/api/v1/sessions/" + ID + "/report" + ANY_REST, scoped(Scope.REPORTS_READ)),
          new Rule(READS, "/api/v1/sessions" + ANY_REST, scoped(Scope.SESSIONS_READ)),
          new Rule(READS, "/api/v1/reports" + ANY_REST, scoped(Scope.REPORTS_READ)),
          new Rule(READS, "/api/v1/audit" + ANY_REST, scoped(Scope.AUDIT_READ)));

  private EndpointScopes() {}

  /** What a token needs to call {@code method} on {@code path} (the path as sent, not decoded). */
  public static Need of(String method, String path) {
    var trimmed =
        path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    for (var rule : RULES) {
      if (rule.methods().contains(method) && rule.path().matcher(trimmed).matches()) {
        return rule.need();
      }
    }
    return new Need.NotForTokens();
  }

  private static Need scoped(Scope scope) {
    return new Need.Scoped(scope);
  }

  private record Rule(Set<String> methods, Pattern path, Need need) {
    Rule(Set<String> methods, String path, Need need) {
      this(methods, Pattern.compile(path), need);
    }
  }

  /** What a token needs for an endpoint. */
  public sealed interface Need {
    /** Why a token of those scopes is refused here, or empty when it may go on. */
    Optional<String> refusal(Set<Scope> scopes);

    /** Any valid token, whatever its scopes ({@code /me}: what may I do?). */
    record AnyToken() implements Need {
      @Override
      public Optional<String> refusal(Set<Scope> scopes) {
        return Optional.empty();
      }
    }

    /** A token with this scope. */
    record Scoped(Scope scope) implements Need {
      @Override
      public Optional<String> refusal(Set<Scope> scopes) {
        return scopes.contains(scope)
            ? Optional.empty()
            : Optional.of(
                "This token lacks the scope " + scope.wireName() + " this endpoint needs");
      }
    }

    /** No token at all: only the user in person. */
    record NotForTokens() implements Need {
      @Override
      public Optional<String> refusal(Set<Scope> scopes) {
        return Optional.of("API tokens may not call this endpoint; sign in instead");
      }
    }
  }
}
