package dev.masker.adapters.rest.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masker.adapters.rest.auth.EndpointScopes.Need;
import dev.masker.domain.auth.Scope;
import org.junit.jupiter.api.Test;

class EndpointScopesTest {
  private static final String AGENT = "agt_01HZX3V8G2M7Q4T6Y9B1C5D8EH";
  private static final String SESSION = "sess_01HZX3V8G2M7Q4T6Y9B1C5D8EH";

  private static Need need(String method, String path) {
    return EndpointScopes.of(method, path);
  }

  private static Need scoped(Scope scope) {
    return new Need.Scoped(scope);
  }

  @Test
  void agent_reads_need_agents_read() {
    assertThat(need("GET", "/api/v1/agents")).isEqualTo(scoped(Scope.AGENTS_READ));
    assertThat(need("GET", "/api/v1/agents/")).isEqualTo(scoped(Scope.AGENTS_READ));
    assertThat(need("HEAD", "/api/v1/agents/" + AGENT)).isEqualTo(scoped(Scope.AGENTS_READ));
    assertThat(need("GET", "/api/v1/agents/" + AGENT + "/policy-versions"))
        .isEqualTo(scoped(Scope.AGENTS_READ));
    assertThat(need("GET", "/api/v1/agents/" + AGENT + "/policy-versions/2"))
        .isEqualTo(scoped(Scope.AGENTS_READ));
  }

  @Test
  void agent_changes_need_agents_write() {
    assertThat(need("POST", "/api/v1/agents")).isEqualTo(scoped(Scope.AGENTS_WRITE));
    assertThat(need("PATCH", "/api/v1/agents/" + AGENT)).isEqualTo(scoped(Scope.AGENTS_WRITE));
    assertThat(need("DELETE", "/api/v1/agents/" + AGENT)).isEqualTo(scoped(Scope.AGENTS_WRITE));
  }

  @Test
  void sessions_reports_and_audit_need_their_own_scopes() {
    assertThat(need("GET", "/api/v1/sessions")).isEqualTo(scoped(Scope.SESSIONS_READ));
    assertThat(need("GET", "/api/v1/sessions/" + SESSION)).isEqualTo(scoped(Scope.SESSIONS_READ));
    assertThat(need("GET", "/api/v1/sessions/" + SESSION + "/events"))
        .isEqualTo(scoped(Scope.SESSIONS_READ));
    assertThat(need("GET", "/api/v1/agents/" + AGENT + "/sessions"))
        .isEqualTo(scoped(Scope.SESSIONS_READ));
    assertThat(need("GET", "/api/v1/sessions/" + SESSION + "/report"))
        .isEqualTo(scoped(Scope.REPORTS_READ));
    assertThat(need("GET", "/api/v1/reports/public-key")).isEqualTo(scoped(Scope.REPORTS_READ));
    assertThat(need("GET", "/api/v1/audit/verify")).isEqualTo(scoped(Scope.AUDIT_READ));
  }

  @Test
  void me_takes_any_token() {
    assertThat(need("GET", "/api/v1/me")).isEqualTo(new Need.AnyToken());
  }

  @Test
  void what_no_rule_names_is_refused_to_tokens() {
    for (var refused :
        new String[][] {
          {"POST", "/api/v1/tokens"},
          {"GET", "/api/v1/tokens"},
          {"DELETE", "/api/v1/tokens/tok_01HZX3V8G2M7Q4T6Y9B1C5D8EH"},
          {"POST", "/api/v1/users"},
          {"POST", "/api/v1/auth/logout"},
          {"POST", "/api/v1/me"},
          {"POST", "/api/v1/sessions"},
          {"DELETE", "/api/v1/sessions/" + SESSION},
          {"POST", "/api/v1/audit/verify"},
          {"GET", "/api/v1/agentsx"},
          {"GET", "/api/v1/me/tokens"},
          {"GET", "/api/v1/something-new"},
          {"OPTIONS", "/api/v1/agents"},
        }) {
      assertThat(need(refused[0], refused[1]))
          .as(String.join(" ", refused))
          .isEqualTo(new Need.NotForTokens());
    }
  }
}
