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
 * same port, exactly like a database going down and coming back; or freeze it ({@link #hold()}:
 * connections stay open and new ones are accepted, but no byte is passed on in either direction)
 * and thaw it ({@link #release()}: what was held goes through), exactly like a PostgreSQL stopped
 * with {@code kill -STOP} and continued.
 */
public final class TcpRelay implements AutoCloseable {
  private final String targetHost;
  private final int targetPort;
  private final int port;
  private final Set<Socket> open = ConcurrentHashMap.newKeySet();
  private volatile ServerSocket listener;
  private final Object gate = new Object();
  private boolean held;

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
    release(); // the pumps waiting to pass bytes on find their sockets closed and end
  }

  /** Accepts connections again on the same port, and passes bytes on again if they were held. */
  public synchronized void restore() throws IOException {
    release();
    if (listener == null) {
      accept(bind(port));
    }
  }

  /**
   * Stops passing bytes on, in both directions, on every connection open now or opened while held:
   * each side's writes wait in the relay (and then in the kernel's buffers), as with a server that
   * stopped running without closing anything.
   */
  public void hold() {
    synchronized (gate) {
      held = true;
    }
  }

  /** Passes bytes on again, the held ones first. */
  public void release() {
    synchronized (gate) {
      held = false;
      gate.notifyAll();
    }
  }

  /** Waits while the relay holds its bytes; a cut ends the wait through the closed socket. */
  private void awaitPassing() throws InterruptedException {
    synchronized (gate) {
      while (held) {
        gate.wait();
      }
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
                  awaitPassing();
                  out.write(buffer, 0, n);
                  out.flush();
                }
              } catch (IOException ended) {
                // one side closed: close both below
              } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
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
