package dev.masker.adapters.rest.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PublicUrlTest {
  @Test
  void an_https_url_makes_cookies_secure_and_its_origin_omits_the_default_port() {
    var url = new PublicUrl("https://masker.example.com:443/");

    assertThat(url.https()).isTrue();
    assertThat(url.origin()).isEqualTo("https://masker.example.com");
    assertThat(url.base()).isEqualTo("https://masker.example.com:443");
  }

  @Test
  void a_plain_http_url_on_another_port_keeps_the_port_in_its_origin() {
    var url = new PublicUrl("http://localhost:8080");

    assertThat(url.https()).isFalse();
    assertThat(url.origin()).isEqualTo("http://localhost:8080");
  }

  @Test
  void anything_but_an_absolute_http_url_is_refused() {
    for (var bad :
        new String[] {"localhost:8080", "ftp://host", "/relative", "http://", "ht tp://x"}) {
      assertThatThrownBy(() -> new PublicUrl(bad))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("MASKER_PUBLIC_URL");
    }
  }
}
