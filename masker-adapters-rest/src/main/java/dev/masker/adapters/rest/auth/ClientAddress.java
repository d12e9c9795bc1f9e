package dev.masker.adapters.rest.auth;

import io.vertx.core.net.SocketAddress;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;

/**
 * The client address a sign-in is counted by: the IP address the connection comes from, or, when
 * {@code quarkus.http.proxy.proxy-address-forwarding} is on, the address the trusted proxy in front
 * reports (Quarkus puts it in place of the peer's). An IPv6 address counts by its /64 network,
 * which one host or one customer commonly holds whole; an IPv4 address, or one mapped into IPv6, by
 * itself.
 */
final class ClientAddress {
  static final String UNKNOWN = "unknown";

  private ClientAddress() {}

  static String of(SocketAddress peer) {
    if (peer == null || peer.hostAddress() == null || peer.hostAddress().isBlank()) {
      return UNKNOWN;
    }
    var host = peer.hostAddress();
    if (host.indexOf(':') < 0) {
      return host;
    }
    var literal = host.startsWith("[") ? host.substring(1, host.indexOf(']')) : host;
    int zone = literal.indexOf('%');
    if (zone >= 0) {
      literal = literal.substring(0, zone);
    }
    if (!literal.chars().allMatch(c -> c == ':' || c == '.' || Character.digit(c, 16) >= 0)) {
      return host;
    }
    try {
      // A literal: no name is looked up.
      var ip = InetAddress.getByName(literal);
      if (ip instanceof Inet4Address) {
        return ip.getHostAddress();
      }
      var network = Arrays.copyOf(ip.getAddress(), 16);
      Arrays.fill(network, 8, 16, (byte) 0);
      return InetAddress.getByAddress(network).getHostAddress() + "/64";
    } catch (UnknownHostException notAnAddress) {
      return host;
    }
  }
}
