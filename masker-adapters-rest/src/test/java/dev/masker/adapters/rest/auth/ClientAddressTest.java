package dev.masker.adapters.rest.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.net.SocketAddress;
import org.junit.jupiter.api.Test;

class ClientAddressTest {
  private static String of(String host) {
    return ClientAddress.of(SocketAddress.inetSocketAddress(40000, host));
  }

  @Test
  void an_ipv4_address_counts_by_itself() {
    assertThat(of("203.0.113.66")).isEqualTo("203.0.113.66");
    assertThat(of("127.0.0.2")).isEqualTo("127.0.0.2");
  }

  @Test
  void an_ipv6_address_counts_by_its_64_network_however_it_is_written() {
    assertThat(of("2001:db8:1:2:aaaa:bbbb:cccc:dddd")).isEqualTo("2001:db8:1:2:0:0:0:0/64");
    assertThat(of("2001:db8:1:2::1")).isEqualTo("2001:db8:1:2:0:0:0:0/64");
    assertThat(of("2001:0db8:0001:0002:ffff::")).isEqualTo("2001:db8:1:2:0:0:0:0/64");
    assertThat(of("2001:db8:1:3::1")).isNotEqualTo(of("2001:db8:1:2::1"));
  }

  @Test
  void an_ipv4_address_mapped_into_ipv6_counts_as_the_ipv4_address() {
    assertThat(of("::ffff:203.0.113.66")).isEqualTo("203.0.113.66");
  }

  @Test
  void without_a_peer_address_the_attempt_counts_as_unknown() {
    assertThat(ClientAddress.of(null)).isEqualTo("unknown");
    assertThat(ClientAddress.of(SocketAddress.domainSocketAddress("/tmp/masker.sock")))
        .isEqualTo("unknown");
  }
}
