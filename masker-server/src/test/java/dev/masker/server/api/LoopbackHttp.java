package dev.masker.server.api;

import io.restassured.RestAssured;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Plain HTTP/1.1 requests to the test server from a chosen loopback address (127.0.0.2, 127.0.0.3,
 * …): the server sees each as a client of its own, as it would see two machines.
 */
public final class LoopbackHttp {
  private LoopbackHttp() {}

  /** A status and the headers (names in lower case) of one answer; the body as text. */
  public record Answer(String statusLine, int status, Map<String, String> headers, String body) {}

  public static Answer postJson(String fromAddress, String path, String json) {
    return postJson(fromAddress, path, json, "");
  }

  /** {@code extraHeaders}: whole lines, each ending with CRLF. */
  public static Answer postJson(String fromAddress, String path, String json, String extraHeaders) {
    var body = json.getBytes(StandardCharsets.UTF_8);
    var head =
        "POST "
            + path
            + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: "
            + body.length
            + "\r\n"
            + extraHeaders
            + "Connection: close\r\n\r\n";
    var request = new ByteArrayOutputStream();
    request.writeBytes(head.getBytes(StandardCharsets.ISO_8859_1));
    request.writeBytes(body);
    return send(fromAddress, request.toByteArray());
  }

  /** These bytes as they are, from 127.0.0.1; the whole answer once the server closes. */
  public static Answer send(byte[] request) {
    return send("127.0.0.1", request);
  }

  public static Answer send(String fromAddress, byte[] request) {
    try (var socket = connect(fromAddress)) {
      var out = socket.getOutputStream();
      out.write(request);
      out.flush();
      var received = new ByteArrayOutputStream();
      socket.getInputStream().transferTo(received);
      return parse(received.toString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A connection to the test server from {@code fromAddress}. */
  public static Socket connect(String fromAddress) throws IOException {
    var socket = new Socket();
    socket.bind(new InetSocketAddress(fromAddress, 0));
    socket.connect(new InetSocketAddress("127.0.0.1", RestAssured.port), 5_000);
    socket.setSoTimeout(30_000);
    return socket;
  }

  private static Answer parse(String answer) {
    int end = answer.indexOf("\r\n\r\n");
    var lines = answer.substring(0, end).split("\r\n");
    var status = Integer.parseInt(lines[0].split(" ")[1]);
    var headers = new LinkedHashMap<String, String>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      headers.put(
          lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
          lines[i].substring(colon + 1).strip());
    }
    return new Answer(lines[0], status, headers, answer.substring(end + 4));
  }
}
