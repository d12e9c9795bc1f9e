package dev.masker.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The relay the database tests cut and freeze: it keeps its port from start to close, so no other
 * socket of a busy machine can take the port between a cut and the restore.
 */
class TcpRelayTest {
  private ServerSocket echo;
  private TcpRelay relay;

  @BeforeEach
  void start() throws IOException {
    echo = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    var thread =
        new Thread(
            () -> {
              while (!echo.isClosed()) {
                try {
                  var socket = echo.accept();
                  var pump =
                      new Thread(
                          () -> {
                            try (socket) {
                              socket.getInputStream().transferTo(socket.getOutputStream());
                            } catch (IOException ended) {
                              // the client went away
                            }
                          });
                  pump.setDaemon(true);
                  pump.start();
                } catch (IOException closed) {
                  return;
                }
              }
            });
    thread.setDaemon(true);
    thread.start();
    relay = new TcpRelay("127.0.0.1", echo.getLocalPort());
  }

  @AfterEach
  void stop() throws IOException {
    relay.close();
    echo.close();
  }

  @Test
  void bytes_go_through_until_a_cut_and_again_after_the_restore_on_the_same_port()
      throws IOException {
    try (var before = connect()) {
      assertThat(echoes(before, 'a')).isTrue();

      relay.cut();

      assertThat(echoes(before, 'b')).as("an open connection is reset").isFalse();
      try (var during = connect()) {
        assertThat(echoes(during, 'c')).as("a new connection is reset").isFalse();
      }
      relay.restore();
    }
    try (var after = connect()) {
      assertThat(echoes(after, 'd')).isTrue();
    }
  }

  @Test
  void the_port_stays_taken_while_the_relay_is_cut_or_held() throws IOException {
    relay.cut();
    assertThatThrownBy(this::bindRelayPort).isInstanceOf(BindException.class);
    relay.restore();
    relay.hold();
    assertThatThrownBy(this::bindRelayPort).isInstanceOf(BindException.class);
    relay.release();
    try (var after = connect()) {
      assertThat(echoes(after, 'e')).isTrue();
    }
  }

  private void bindRelayPort() throws IOException {
    try (var other = new ServerSocket()) {
      other.setReuseAddress(true);
      other.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), relay.port()));
    }
  }

  private Socket connect() throws IOException {
    var socket = new Socket(InetAddress.getLoopbackAddress(), relay.port());
    socket.setSoTimeout(30_000);
    return socket;
  }

  /** Whether one byte sent comes back; false when the connection was reset or closed. */
  private static boolean echoes(Socket socket, char sent) {
    try {
      socket.getOutputStream().write(sent);
      socket.getOutputStream().flush();
      return socket.getInputStream().read() == sent;
    } catch (IOException reset) {
      return false;
    }
  }
}
