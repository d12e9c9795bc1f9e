package dev.masker.adapters.rest.auth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BearerTokenTest {
  @Test
  void the_credential_follows_the_scheme_in_any_case() {
    assertThat(BearerToken.in("Bearer mk_abc")).contains("mk_abc");
    assertThat(BearerToken.in("bearer   mk_abc  ")).contains("mk_abc");
    assertThat(BearerToken.in("BEARER\tmk_abc")).contains("mk_abc");
  }

  @Test
  void a_bearer_header_without_a_credential_is_an_empty_one() {
    assertThat(BearerToken.in("Bearer")).contains("");
    assertThat(BearerToken.in("Bearer   ")).contains("");
    assertThat(BearerToken.in("Bearerxyz")).contains("");
  }

  @Test
  void no_header_or_another_scheme_is_no_bearer_token() {
    assertThat(BearerToken.in(null)).isEmpty();
    assertThat(BearerToken.in("")).isEmpty();
    assertThat(BearerToken.in("Basic dXNlcjpwYXNz")).isEmpty();
    assertThat(BearerToken.in("Bear")).isEmpty();
    assertThat(BearerToken.in("mk_abc")).isEmpty();
  }
}
