package dev.masker.server.proxy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A fake OpenAI-compatible upstream: a real HTTP/1.1 server on a loopback socket, written on a raw
 * {@link ServerSocket} so that a test controls every byte and the connection itself (split frames
 * anywhere, stall, reset mid-stream, answer garbage). It records each request exactly as it came
 * off the wire and answers it with the {@link Behaviour} registered for the request's {@code
 * model}; each test gives its agent a model name of its own, so tests running against one fake
 * never see each other's requests or behaviours. Unregistered models get {@link Behaviours#echo()}.
 *
 * <p>One request per connection ({@code Connection: close}), so a broken exchange never spoils the
 * next one.
 */
public final class WireUpstream implements AutoCloseable {
  static final ObjectMapper JSON = new ObjectMapper();

  /** How long a stalled exchange waits for the proxy to give up before it closes by itself. */
  private static final int STALL_LIMIT_MS = 30_000;

  /** What the fake does with one request. */
  @FunctionalInterface
  public interface Behaviour {
    void answer(Exchange exchange) throws IOException;
  }

  /**
   * One request as it arrived.
   *
   * @param head the request line and headers, raw
   * @param body the body, raw
   */
  public record Received(String model, byte[] head, byte[] body) {
    public String headText() {
      return new String(head, StandardCharsets.ISO_8859_1);
    }

    public String bodyText() {
      return new String(body, StandardCharsets.UTF_8);
    }

    public JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new AssertionError("the upstream received a body that is not JSON", e);
      }
    }

    /** Whether the raw bytes of the head or the body contain {@code value} (UTF-8). */
    public boolean contains(String value) {
      var needle = value.getBytes(StandardCharsets.UTF_8);
      return indexOf(head, needle) >= 0 || indexOf(body, needle) >= 0;
    }
  }

  private final ServerSocket server;
  private final ExecutorService threads =
      Executors.newCachedThreadPool(
          task -> {
            var thread = new Thread(task, "fake-upstream");
            thread.setDaemon(true);
            return thread;
          });
  private final Map<String, Behaviour> behaviours = new ConcurrentHashMap<>();
  private final List<Received> received = new CopyOnWriteArrayList<>();
  private final Set<Socket> open = ConcurrentHashMap.newKeySet();

  private WireUpstream() throws IOException {
    server = new ServerSocket();
    server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
    threads.execute(this::acceptLoop);
  }

  public static WireUpstream start() throws IOException {
    return new WireUpstream();
  }

  public int port() {
    return server.getLocalPort();
  }

  /** Answers requests for {@code model} with {@code behaviour} from now on. */
  public void on(String model, Behaviour behaviour) {
    behaviours.put(model, behaviour);
  }

  /** Every request received for {@code model}, in order of arrival. */
  public List<Received> received(String model) {
    return received.stream().filter(r -> r.model().equals(model)).toList();
  }

  /** Every request received, for any model. */
  public List<Received> all() {
    return List.copyOf(received);
  }

  @Override
  public void close() throws IOException {
    server.close();
    for (var socket : open) {
      socket.close();
    }
    threads.shutdownNow();
  }

  private void acceptLoop() {
    while (!server.isClosed()) {
      try {
        var socket = server.accept();
        open.add(socket);
        threads.execute(() -> serve(socket));
      } catch (IOException closed) {
        return;
      }
    }
  }

  private void serve(Socket socket) {
    try (socket) {
      socket.setTcpNoDelay(true);
      var in = socket.getInputStream();
      var head = readHead(in);
      if (head == null) {
        return;
      }
      var body = in.readNBytes(contentLength(head));
      var request = new Received(modelOf(body), head, body);
      received.add(request);
      var behaviour = behaviours.getOrDefault(request.model(), Behaviours.echo());
      behaviour.answer(new Exchange(socket, request));
    } catch (IOException peerWentAway) {
      // The proxy gave up on this exchange (timeout, caller gone): nothing more to do.
    } finally {
      open.remove(socket);
    }
  }

  private static byte[] readHead(InputStream in) throws IOException {
    var head = new ByteArrayOutputStream();
    int matched = 0;
    int b;
    while ((b = in.read()) >= 0) {
      head.write(b);
      matched = (b == "\r\n\r\n".charAt(matched)) ? matched + 1 : (b == '\r' ? 1 : 0);
      if (matched == 4) {
        return head.toByteArray();
      }
    }
    return null;
  }

  private static int contentLength(byte[] head) {
    for (var line : new String(head, StandardCharsets.ISO_8859_1).split("\r\n")) {
      if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
        return Integer.parseInt(line.substring("content-length:".length()).strip());
      }
    }
    return 0;
  }

  private static String modelOf(byte[] body) {
    try {
      return JSON.readTree(body).path("model").asText("");
    } catch (IOException notJson) {
      return "";
    }
  }

  static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  /** One request and the raw connection to answer it on. */
  public static final class Exchange {
    private final Socket socket;
    private final Received request;
    private final OutputStream out;

    Exchange(Socket socket, Received request) throws IOException {
      this.socket = socket;
      this.request = request;
      this.out = socket.getOutputStream();
    }

    public Received request() {
      return request;
    }

    public JsonNode body() {
      return request.json();
    }

    /** A complete answer with {@code Content-Length}. */
    public void respond(int status, String contentType, byte[] body) throws IOException {
      out.write(
          ("HTTP/1.1 "
                  + status
                  + " Fake\r\nContent-Type: "
                  + contentType
                  + "\r\nContent-Length: "
                  + body.length
                  + "\r\nConnection: close\r\n\r\n")
              .getBytes(StandardCharsets.ISO_8859_1));
      out.write(body);
      out.flush();
    }

    public void json(int status, String json) throws IOException {
      respond(status, "application/json", json.getBytes(StandardCharsets.UTF_8));
    }

    /** A 200 event stream: each piece in a chunk of its own, flushed, then the end of the body. */
    public void events(List<byte[]> pieces) throws IOException {
      eventHeaders();
      writeChunks(pieces);
      out.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
    }

    /**
     * The pieces, then, once {@code release} opens (the test saw them arrive: a reset could
     * otherwise discard them unread), a TCP reset: the stream breaks without its end.
     */
    public void eventsThenReset(List<byte[]> pieces, CountDownLatch release) throws IOException {
      eventHeaders();
      writeChunks(pieces);
      try {
        release.await(STALL_LIMIT_MS, TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      socket.setSoLinger(true, 0);
      socket.close();
    }

    /** The pieces, then silence until the proxy gives up and closes the connection. */
    public void eventsThenStall(List<byte[]> pieces) throws IOException {
      eventHeaders();
      writeChunks(pieces);
      stall();
    }

    /** Says nothing until the proxy closes the connection (or a long limit passes). */
    public void stall() throws IOException {
      socket.setSoTimeout(STALL_LIMIT_MS);
      try {
        var in = socket.getInputStream();
        while (in.read() >= 0) {
          // wait for the proxy to give up
        }
      } catch (SocketTimeoutException limit) {
        // the proxy never gave up; the test will say so
      }
    }

    private void eventHeaders() throws IOException {
      out.write(
          ("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-cache\r\n"
                  + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n")
              .getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
    }

    private void writeChunks(List<byte[]> pieces) throws IOException {
      for (var piece : pieces) {
        if (piece.length == 0) {
          continue; // an empty chunk would end the body
        }
        out.write((Integer.toHexString(piece.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(piece);
        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        out.flush();
      }
    }
  }
}
