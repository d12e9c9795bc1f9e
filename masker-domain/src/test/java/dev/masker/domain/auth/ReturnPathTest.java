package dev.masker.domain.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ReturnPathTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/portal",
        "/portal/x?y",
        "/portal/agents?tab=keys&page=2",
        "/portal#sessions",
        "/",
        "/portal/%C3%A9t%C3%A9",
        "/portal?next=%2Fportal%2Fagents"
      })
  void a_path_of_this_server_is_kept_as_asked(String path) {
    assertThat(ReturnPath.of(path).value()).isEqualTo(path);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "//evil.example",
        "//evil.example/portal",
        "https://evil.example",
        "http://evil.example/portal",
        "javascript:alert(1)",
        "portal",
        "/\\evil.example",
        "\\\\evil.example",
        "/%5Cevil.example",
        "%2F%2Fevil.example",
        "/%2Fevil.example",
        "/%252Fevil.example",
        "/%25252F%25252Fevil.example",
        "/%2525252F%2525252Fevil.example",
        "/%09/evil.example",
        "/portal%0d%0aSet-Cookie:x=y",
        " /portal",
        "/portal\r\nLocation: https://evil.example",
        "/\t/evil.example",
        "/portal/%zz",
        "/portal/%2",
        "/pörtal",
        "/portal#a#b"
      })
  void anything_that_could_leave_this_server_falls_back_to_the_portal(String requested) {
    assertThat(ReturnPath.of(requested)).isEqualTo(ReturnPath.PORTAL);
  }

  @org.junit.jupiter.api.Test
  void an_overlong_path_falls_back_to_the_portal() {
    assertThat(ReturnPath.of("/portal/" + "a".repeat(ReturnPath.MAX_LENGTH)))
        .isEqualTo(ReturnPath.PORTAL);
  }

  @org.junit.jupiter.api.Test
  void a_return_path_cannot_be_built_from_another_site() {
    assertThatThrownBy(() -> new ReturnPath("//evil.example"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
