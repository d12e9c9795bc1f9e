package dev.masker.benchmarks;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * Times streamed answers on one kept-alive HTTP/1.1 connection, one request at a time, which wrk
 * cannot: wrk times whole responses only. For each request it notes three moments after the request
 * is written: the first byte of the response, the first event carrying assistant text (the moment a
 * voice platform can start speaking), and the end of the response. It then prints one {@code TTFB}
 * line per moment with p50, p90, p99 and max in milliseconds.
 *
 * <p>The requests are the turns of one call, as in {@code bench/proxy/post.lua}'s {@code calls}
 * mode: the same history and session every time, and a new last user message, a few fillers
 * counting the requests put before it, so the proxy detects the new turn and takes the rest from
 * its cache.
 *
 * <pre>java -cp masker-benchmarks/target/masker-benchmarks.jar dev.masker.benchmarks.TtfbClient
 *     --url http://127.0.0.1:18090/v1/chat/completions --body bench/proxy/turn-stream.json
 *     [--requests 2000] [--warmup 500] [--session ID] [--label direct]</pre>
 *
 * <p>The session id defaults to a new one per run.
 *
 * <p>Any answer but 200 stops it with the status and the start of the body.
 */
public final class TtfbClient {
  private static final String[] MOMENTS = {"first_byte", "first_content", "complete"};
  private static final String[] FILLERS = {
    "oh", "um", "uh", "so", "well", "okay", "yeah", "right", "hmm", "and"
  };
  private static final String LAST_USER = "\"role\":\"user\",\"content\":\"";

  private final String host;
  private final int port;
  private final String head;
  private final String body;
  private final int newTurn;
  private Socket socket;
  private InputStream in;
  private OutputStream out;

  private TtfbClient(URI url, String body, String session) {
    this.host = url.getHost();
    this.port = url.getPort() < 0 ? 80 : url.getPort();
    this.body = body;
    int lastUser = body.lastIndexOf(LAST_USER);
    this.newTurn = lastUser < 0 ? -1 : lastUser + LAST_USER.length();
    this.head =
        "POST "
            + url.getRawPath()
            + " HTTP/1.1\r\nHost: "
            + host
            + ":"
            + port
            + "\r\nContent-Type: application/json\r\nAccept: text/event-stream"
            + "\r\nMasker-Session-Id: "
            + session
            + "\r\nContent-Length: ";
  }

  /** Request number {@code n}: its count in fillers, one word a decimal digit, before the turn. */
  private byte[] request(int n) {
    var turn = new StringBuilder(body);
    if (newTurn >= 0) {
      var fillers = new StringBuilder();
      for (int left = n; fillers.length() == 0 || left > 0; left /= 10) {
        fillers.append(FILLERS[left % 10]).append(' ');
      }
      turn.insert(newTurn, fillers);
    }
    var json = turn.toString().getBytes(StandardCharsets.UTF_8);
    var bytes = new ByteArrayOutputStream(head.length() + 8 + json.length);
    bytes.writeBytes((head + json.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
    bytes.writeBytes(json);
    return bytes.toByteArray();
  }

  public static void main(String[] args) throws IOException {
    URI url = null;
    Path body = null;
    String session = "bench-ttfb-" + System.currentTimeMillis();
    String label = "run";
    int requests = 2000;
    int warmup = 500;
    for (int i = 0; i + 1 < args.length; i += 2) {
      var value = args[i + 1];
      switch (args[i]) {
        case "--url" -> url = URI.create(value);
        case "--body" -> body = Path.of(value);
        case "--session" -> session = value;
        case "--label" -> label = value;
        case "--requests" -> requests = Integer.parseInt(value);
        case "--warmup" -> warmup = Integer.parseInt(value);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    if (url == null || body == null) {
      throw new IllegalArgumentException("--url and --body are required");
    }
    var client = new TtfbClient(url, Files.readString(body), session);
    var times = new long[MOMENTS.length][requests];
    for (int i = -warmup; i < requests; i++) {
      var moments = client.exchange(client.request(i + warmup));
      for (int m = 0; i >= 0 && m < MOMENTS.length; m++) {
        times[m][i] = moments[m];
      }
    }
    client.close();
    for (int m = 0; m < MOMENTS.length; m++) {
      var sorted = times[m];
      Arrays.sort(sorted);
      System.out.printf(
          Locale.ROOT,
          "TTFB label=%s requests=%d moment=%s p50_ms=%.3f p90_ms=%.3f p99_ms=%.3f max_ms=%.3f%n",
          label,
          requests,
          MOMENTS[m],
          millis(sorted, 50),
          millis(sorted, 90),
          millis(sorted, 99),
          sorted[sorted.length - 1] / 1e6);
    }
  }

  /** Nearest-rank percentile of sorted nanoseconds, in milliseconds. */
  private static double millis(long[] sorted, int percentile) {
    int rank = (int) Math.ceil(percentile / 100.0 * sorted.length);
    return sorted[Math.max(0, rank - 1)] / 1e6;
  }

  /** The nanoseconds from writing {@code request} to each of the {@link #MOMENTS}. */
  private long[] exchange(byte[] request) throws IOException {
    if (socket == null) {
      socket = new Socket(host, port);
      socket.setTcpNoDelay(true);
      socket.setSoTimeout(30_000);
      in = new BufferedInputStream(socket.getInputStream(), 64 * 1024);
      out = socket.getOutputStream();
    }
    long start = System.nanoTime();
    out.write(request);
    out.flush();
    int first = in.read();
    long firstByte = System.nanoTime() - start;
    if (first < 0) {
      throw new IOException("the server closed the connection without an answer");
    }
    var status = (char) first + line();
    long length = -1;
    boolean chunked = false;
    boolean close = false;
    for (var header = line(); !header.isEmpty(); header = line()) {
      var lower = header.toLowerCase(Locale.ROOT);
      if (lower.startsWith("content-length:")) {
        length = Long.parseLong(lower.substring(15).trim());
      } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
        chunked = true;
      } else if (lower.startsWith("connection:") && lower.contains("close")) {
        close = true;
      }
    }
    var body = new Body();
    if (chunked) {
      for (int size = chunkSize(); size > 0; size = chunkSize()) {
        body.add(in.readNBytes(size), start);
        line();
      }
      while (!line().isEmpty()) {
        // trailers
      }
    } else if (length >= 0) {
      for (long left = length; left > 0; ) {
        var piece = in.readNBytes((int) Math.min(left, Math.max(1, in.available())));
        if (piece.length == 0) {
          throw new IOException("the answer ended early");
        }
        body.add(piece, start);
        left -= piece.length;
      }
    } else {
      body.add(in.readAllBytes(), start);
      close = true;
    }
    long complete = System.nanoTime() - start;
    if (!status.startsWith("HTTP/1.1 200")) {
      var text = body.text.toString();
      throw new IOException(status + ": " + text.substring(0, Math.min(300, text.length())));
    }
    if (close) {
      close();
    }
    return new long[] {firstByte, body.firstContent < 0 ? complete : body.firstContent, complete};
  }

  private int chunkSize() throws IOException {
    var size = line();
    int extension = size.indexOf(';');
    return Integer.parseInt((extension < 0 ? size : size.substring(0, extension)).trim(), 16);
  }

  /** A line without its CRLF, bytes as Latin-1. */
  private String line() throws IOException {
    var line = new StringBuilder();
    for (int b = in.read(); b != '\n'; b = in.read()) {
      if (b < 0) {
        throw new IOException("the connection closed in the middle of an answer");
      }
      if (b != '\r') {
        line.append((char) b);
      }
    }
    return line.toString();
  }

  private void close() throws IOException {
    if (socket != null) {
      socket.close();
      socket = null;
    }
  }

  /** The answer's body as it arrives, watched for the first non-empty {@code "content"}. */
  private static final class Body {
    private static final String KEY = "\"content\":";

    final StringBuilder text = new StringBuilder(8 * 1024);
    long firstContent = -1;
    private int scanned;

    void add(byte[] bytes, long start) {
      text.append(new String(bytes, StandardCharsets.ISO_8859_1));
      while (firstContent < 0) {
        int key = text.indexOf(KEY, scanned);
        if (key < 0) {
          scanned = Math.max(0, text.length() - KEY.length() - 2);
          return;
        }
        int value = key + KEY.length();
        while (value < text.length() && text.charAt(value) == ' ') {
          value++;
        }
        if (value + 1 >= text.length()) {
          scanned = key;
          return;
        }
        if (text.charAt(value) == '"' && text.charAt(value + 1) != '"') {
          firstContent = System.nanoTime() - start;
        }
        scanned = value;
      }
    }
  }
}
