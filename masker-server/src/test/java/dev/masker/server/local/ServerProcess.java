package dev.masker.server.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/** The packaged server ({@code target/quarkus-app/quarkus-run.jar}) run as a real process. */
final class ServerProcess implements AutoCloseable {
  private static final Path JAR = Path.of("target", "quarkus-app", "quarkus-run.jar");
  private static final Pattern LISTENING = Pattern.compile("Listening on: http://[^:/]+:(\\d+)");
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private final Process process;
  private final Path output;
  final int port;

  private ServerProcess(Process process, Path output, int port) {
    this.process = process;
    this.output = output;
    this.port = port;
  }

  /** Starts the server with exactly these Masker variables and waits until it is healthy. */
  static ServerProcess start(Path output, Map<String, String> env) throws Exception {
    assertThat(JAR).as("the packaged server; run mvn verify").exists();
    var builder =
        new ProcessBuilder("java", "-jar", JAR.toAbsolutePath().toString())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(output.toFile()));
    builder.environment().keySet().removeIf(name -> name.startsWith("MASKER_"));
    builder.environment().putAll(env);
    // Ports of the server's own choosing, read back from its log: a port found free here and
    // bound by the server later may be taken in between (its own database connections draw
    // their local ports from the same range).
    builder.environment().put("QUARKUS_HTTP_PORT", "0");
    builder.environment().put("QUARKUS_MANAGEMENT_PORT", "0");
    var limit = Duration.ofSeconds(90);
    var deadline = Instant.now().plus(limit);
    var process = builder.start();
    var server = new ServerProcess(process, output, listeningPort(process, output, deadline));
    server.awaitHealthy(deadline, limit);
    return server;
  }

  /** What a one-off command of the packaged server printed, and how it exited. */
  record Command(int exitCode, String output) {}

  /** Runs the packaged server with {@code args} and these Masker variables until it exits. */
  static Command command(Path output, Map<String, String> env, String... args) throws Exception {
    assertThat(JAR).as("the packaged server; run mvn verify").exists();
    var commandLine = new java.util.ArrayList<String>();
    commandLine.add("java");
    commandLine.add("-jar");
    commandLine.add(JAR.toAbsolutePath().toString());
    commandLine.addAll(java.util.List.of(args));
    var builder =
        new ProcessBuilder(commandLine)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(output.toFile()));
    builder.environment().keySet().removeIf(name -> name.startsWith("MASKER_"));
    builder.environment().putAll(env);
    var process = builder.start();
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
      throw new AssertionError("command did not finish: " + Files.readString(output));
    }
    return new Command(process.exitValue(), Files.readString(output));
  }

  /** The HTTP port the server prints once it listens. */
  private static int listeningPort(Process process, Path output, Instant deadline)
      throws Exception {
    while (true) {
      var printed = Files.exists(output) ? Files.readString(output) : "";
      var listening = LISTENING.matcher(printed);
      if (listening.find()) {
        return Integer.parseInt(listening.group(1));
      }
      assertThat(process.isAlive()).as("server process alive; output:%n%s", printed).isTrue();
      assertThat(Instant.now())
          .as("server listening in time; output:%n%s", printed)
          .isBefore(deadline);
      process.waitFor(100, TimeUnit.MILLISECONDS);
    }
  }

  private void awaitHealthy(Instant deadline, Duration limit) throws Exception {
    while (true) {
      assertThat(process.isAlive()).as("server process alive; output:%n%s", output()).isTrue();
      assertThat(Instant.now()).as("server healthy within %s", limit).isBefore(deadline);
      try {
        if (send("GET", "/health", null, null).statusCode() == 200) {
          return;
        }
      } catch (IOException notYetListening) {
        // keep waiting: the process is alive and starting
      }
      process.waitFor(200, TimeUnit.MILLISECONDS);
    }
  }

  /** The address browsers use, which the server takes for its own origin. */
  String origin() {
    return "http://localhost:" + port;
  }

  HttpResponse<String> send(String method, String path, String jsonBody, String cookie)
      throws IOException, InterruptedException {
    return send(method, path, jsonBody, cookie, new String[0]);
  }

  /** Sends with extra headers, given as name, value pairs. */
  HttpResponse<String> send(
      String method, String path, String jsonBody, String cookie, String... headers)
      throws IOException, InterruptedException {
    var request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .timeout(Duration.ofSeconds(10))
            .method(
                method,
                jsonBody == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(jsonBody));
    if (jsonBody != null) {
      request.header("Content-Type", "application/json");
    }
    if (cookie != null) {
      request.header("Cookie", "masker_session=" + cookie);
    }
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** Signs in and returns the session cookie value. */
  String signIn(String email, String password) throws Exception {
    var response =
        send(
            "POST",
            "/api/v1/auth/login",
            "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}",
            null);
    assertThat(response.statusCode()).as("sign-in answer %s", response.body()).isEqualTo(204);
    var setCookie = response.headers().firstValue("Set-Cookie").orElseThrow();
    return setCookie.substring("masker_session=".length(), setCookie.indexOf(';'));
  }

  /** The server's process id. */
  long pid() {
    return process.pid();
  }

  boolean isAlive() {
    return process.isAlive();
  }

  /**
   * Sends SIGTERM, as an orchestrator stopping a replica does, and returns at once ({@link
   * Process#destroy()} is SIGTERM on Linux).
   */
  void terminate() {
    process.destroy();
  }

  /**
   * Kills the process with SIGKILL ({@link Process#destroyForcibly()} on Linux): no shutdown hook,
   * no flush. Returns its exit status, 137 (128 + 9) when it really died of SIGKILL.
   */
  int kill() throws InterruptedException {
    process.destroyForcibly();
    return process.waitFor();
  }

  /** Waits for the process to exit by itself; its exit status, or empty if it was still alive. */
  java.util.OptionalInt awaitExit(Duration limit) throws InterruptedException {
    return process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)
        ? java.util.OptionalInt.of(process.exitValue())
        : java.util.OptionalInt.empty();
  }

  String output() throws IOException {
    return Files.exists(output) ? Files.readString(output) : "";
  }

  /** Stops the server the way an operator does (SIGTERM) and waits for it to exit. */
  @Override
  public void close() throws Exception {
    process.destroy();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
    }
  }
}
