package dev.masker.adapters.rest.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
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

  @Test
  void a_set_url_accepts_its_own_origin_only() {
    var url = new PublicUrl("https://masker.example.com");

    assertThat(url.accepts("https://masker.example.com")).isTrue();
    assertThat(url.accepts("http://masker.example.com")).isFalse();
    assertThat(url.accepts("http://localhost:8080")).isFalse();
  }

  @Test
  void without_a_set_url_it_follows_the_port_the_server_listens_on() {
    var url = new PublicUrl(Optional.empty(), () -> 9191);

    assertThat(url.base()).isEqualTo("http://localhost:9191");
    assertThat(url.origin()).isEqualTo("http://localhost:9191");
    assertThat(url.https()).isFalse();
  }

  @Test
  void without_a_set_url_any_loopback_name_of_that_port_is_this_server() {
    var url = new PublicUrl(Optional.empty(), () -> 9191);

    assertThat(url.accepts("http://localhost:9191")).isTrue();
    assertThat(url.accepts("http://127.0.0.1:9191")).isTrue();
    assertThat(url.accepts("http://[::1]:9191")).isTrue();
    assertThat(url.accepts("http://localhost:8080")).isFalse();
    assertThat(url.accepts("http://192.0.2.7:9191")).isFalse();
    assertThat(url.accepts("https://localhost:9191")).isFalse();
  }

  @Test
  void the_port_is_read_once_the_url_is_first_needed() {
    var port = new java.util.concurrent.atomic.AtomicInteger(-1);
    var url = new PublicUrl(Optional.empty(), port::get);
    port.set(8181);

    assertThat(url.base()).isEqualTo("http://localhost:8181");
  }
}
