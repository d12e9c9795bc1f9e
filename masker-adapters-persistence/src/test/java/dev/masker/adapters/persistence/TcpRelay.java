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
 * #cut()}: open connections reset, new ones reset as soon as they arrive) and put it back ({@link
 * #restore()}), exactly like a database going down and coming back; or freeze it ({@link #hold()}:
 * connections stay open and new ones are accepted, but no byte is passed on in either direction)
 * and thaw it ({@link #release()}: what was held goes through), exactly like a PostgreSQL stopped
 * with {@code kill -STOP} and continued.
 *
 * <p>The relay listens on one port from its creation to {@link #close()}, whatever happens in
 * between: a cut port that was given back could be taken by another socket of a busy machine before
 * the restore binds it again.
 */
public final class TcpRelay implements AutoCloseable {
  private final String targetHost;
  private final int targetPort;
  private final ServerSocket listener;
  private final Set<Socket> open = ConcurrentHashMap.newKeySet();
  private final Object gate = new Object();
  private boolean held;

  /** Counts the cuts: a connection accepted before a cut is not kept after it. */
  private long cuts;

  private boolean down;

  public TcpRelay(String targetHost, int targetPort) throws IOException {
    this.targetHost = targetHost;
    this.targetPort = targetPort;
    this.listener = new ServerSocket();
    listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
    var acceptor = new Thread(this::acceptUntilClosed, "tcp-relay-accept");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  public int port() {
    return listener.getLocalPort();
  }

  /** Resets every relayed connection, and every new one as soon as it is accepted. */
  public synchronized void cut() {
    cuts++;
    down = true;
    for (var socket : open) {
      reset(socket);
    }
    open.clear();
    release(); // the pumps waiting to pass bytes on find their sockets closed and end
  }

  /** Relays new connections again, and passes bytes on again if they were held. */
  public synchronized void restore() {
    down = false;
    release();
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

  private void acceptUntilClosed() {
    while (!listener.isClosed()) {
      Socket client;
      try {
        client = listener.accept();
      } catch (IOException closed) {
        return;
      }
      long acceptedAt;
      synchronized (this) {
        acceptedAt = cuts;
      }
      try {
        relay(client, acceptedAt);
      } catch (IOException unreachable) {
        reset(client);
      }
    }
  }

  private void relay(Socket client, long acceptedAt) throws IOException {
    if (!register(client, acceptedAt)) {
      return;
    }
    var server = new Socket(targetHost, targetPort);
    if (!register(server, acceptedAt)) {
      reset(client);
      return;
    }
    pump(client, server);
    pump(server, client);
  }

  /**
   * Keeps {@code connection} among the open ones while the relay is up and no cut came since it was
   * accepted; resets it otherwise (it would survive the cut).
   */
  private synchronized boolean register(Socket connection, long acceptedAt) {
    if (down || cuts != acceptedAt) {
      reset(connection);
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

  /** Closes with a TCP reset, as a crashed server's kernel would answer. */
  private void reset(Socket socket) {
    try {
      socket.setSoLinger(true, 0);
    } catch (IOException alreadyClosed) {
      // nothing to reset
    }
    closeQuietly(socket);
  }

  private void closeQuietly(Socket socket) {
    open.remove(socket);
    try {
      socket.close();
    } catch (IOException ignored) {
      // already closed
    }
  }

  /** Resets every connection and stops listening. */
  @Override
  public void close() throws IOException {
    cut();
    listener.close();
  }
}
