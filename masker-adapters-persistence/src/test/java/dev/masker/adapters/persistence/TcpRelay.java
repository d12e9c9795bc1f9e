package dev.masker.adapters.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A loopback TCP relay in front of the test database, so that a test can pull the plug ({@link
 * #cut()}: open connections reset, new ones refused) and put it back ({@link #restore()}) on the
 * same port, exactly like a database going down and coming back.
 */
public final class TcpRelay implements AutoCloseable {
  private final String targetHost;
  private final int targetPort;
  private final int port;
  private final Set<Socket> open = ConcurrentHashMap.newKeySet();
  private volatile ServerSocket listener;

  public TcpRelay(String targetHost, int targetPort) throws IOException {
    this.targetHost = targetHost;
    this.targetPort = targetPort;
    var first = bind(0);
    this.port = first.getLocalPort();
    accept(first);
  }

  public int port() {
    return port;
  }

  /** Closes every relayed connection and refuses new ones. */
  public synchronized void cut() throws IOException {
    if (listener != null) {
      listener.close();
      listener = null;
    }
    for (var socket : open) {
      socket.close();
    }
    open.clear();
  }

  /** Accepts connections again on the same port. */
  public synchronized void restore() throws IOException {
    if (listener == null) {
      accept(bind(port));
    }
  }

  private static ServerSocket bind(int port) throws IOException {
    var socket = new ServerSocket();
    socket.setReuseAddress(true);
    socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
    return socket;
  }

  private void accept(ServerSocket socket) {
    listener = socket;
    var acceptor =
        new Thread(
            () -> {
              while (!socket.isClosed()) {
                try {
                  var client = socket.accept();
                  if (!register(socket, client)) {
                    return;
                  }
                  var server = new Socket(targetHost, targetPort);
                  if (!register(socket, server)) {
                    return;
                  }
                  pump(client, server);
                  pump(server, client);
                } catch (IOException closed) {
                  return;
                }
              }
            },
            "tcp-relay-accept");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  /**
   * Keeps {@code connection} among the open ones while {@code accepting} is still the listener;
   * closes it when a {@link #cut()} came in between (it would otherwise survive the cut).
   */
  private synchronized boolean register(ServerSocket accepting, Socket connection) {
    if (listener != accepting) {
      closeQuietly(connection); // a client registered before the cut was closed by it
      return false;
    }
    open.add(connection);
    return true;
  }

  private void pump(Socket from, Socket to) {
    var thread =
        new Thread(
            () -> {
              var buffer = new byte[16384];
              try (InputStream in = from.getInputStream();
                  OutputStream out = to.getOutputStream()) {
                int n;
                while ((n = in.read(buffer)) >= 0) {
                  out.write(buffer, 0, n);
                  out.flush();
                }
              } catch (IOException ended) {
                // one side closed: close both below
              } finally {
                closeQuietly(from);
                closeQuietly(to);
              }
            },
            "tcp-relay-pump");
    thread.setDaemon(true);
    thread.start();
  }

  private void closeQuietly(Socket socket) {
    open.remove(socket);
    try {
      socket.close();
    } catch (IOException ignored) {
      // already closed
    }
  }

  @Override
  public void close() throws IOException {
    cut();
  }
}
