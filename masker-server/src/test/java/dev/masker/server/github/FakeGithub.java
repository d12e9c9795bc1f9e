package dev.masker.server.github;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * GitHub's OAuth endpoints as a real HTTP server on a free loopback port: the token endpoint
 * ({@code POST /login/oauth/access_token}) and the REST API under {@code /api/v3} ({@code /user},
 * {@code /user/emails}), as GitHub Enterprise Server lays them out. A test decides what each code
 * leads to; every token request is kept for the test to read.
 */
public final class FakeGithub implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final SecureRandom RANDOM = new SecureRandom();

  /** What the token endpoint received for one code. */
  public record TokenRequest(
      String accept, String clientId, String clientSecret, String code, String redirectUri) {}

  /** A GitHub account: {@code email} is the public one (may be null). */
  public record Account(long id, String login, String name, String email, List<Object> emails) {
    public static Account of(long id, String login, String email) {
      return new Account(id, login, "Name of " + login, email, List.of());
    }
  }

  /** What a code leads to. */
  public sealed interface Outcome {
    /** A token for this account. */
    record SignsIn(Account account) implements Outcome {}

    /** The token endpoint answers with this status and body. */
    record TokenAnswer(int status, String contentType, String body) implements Outcome {}

    /** The token endpoint answers nothing until the fake closes. */
    record TokenStalls() implements Outcome {}

    /** A token is given, but {@code /user} answers with this status and body. */
    record UserAnswer(int status, String body) implements Outcome {}
  }

  private final HttpServer server;
  private final ExecutorService threads = Executors.newCachedThreadPool();
  private final CountDownLatch closing = new CountDownLatch(1);
  private final Map<String, Outcome> outcomes = new ConcurrentHashMap<>();
  private final Map<String, Outcome> tokens = new ConcurrentHashMap<>();
  private final List<TokenRequest> tokenRequests = new ArrayList<>();
  private volatile Account authorizing;

  private FakeGithub(HttpServer server) {
    this.server = server;
  }

  public static FakeGithub start() throws IOException {
    var server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    var fake = new FakeGithub(server);
    server.createContext("/login/oauth/access_token", fake::token);
    server.createContext("/api/v3/user", fake::api);
    server.createContext("/login/oauth/authorize", fake::authorize);
    server.setExecutor(fake.threads);
    server.start();
    return fake;
  }

  public String base() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** A new code, which leads to {@code outcome}. */
  public String code(Outcome outcome) {
    var code = "code-" + random();
    outcomes.put(code, outcome);
    return code;
  }

  /**
   * The authorize page, as a browser meets it, lets {@code account} in at once: it sends the
   * browser back to {@code redirect_uri} with a new code for that account and the {@code state} it
   * was given.
   */
  public void authorizes(Account account) {
    this.authorizing = account;
  }

  private void authorize(HttpExchange exchange) throws IOException {
    try (exchange) {
      var query =
          form(java.util.Objects.requireNonNullElse(exchange.getRequestURI().getRawQuery(), ""));
      var account = authorizing;
      if (account == null || query.get("redirect_uri") == null) {
        answer(exchange, 404, "text/plain", "no account signs in here");
        return;
      }
      var back =
          query.get("redirect_uri")
              + "?code="
              + code(new Outcome.SignsIn(account))
              + "&state="
              + java.net.URLEncoder.encode(query.getOrDefault("state", ""), StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Location", back);
      exchange.sendResponseHeaders(302, -1);
    }
  }

  public synchronized List<TokenRequest> tokenRequests() {
    return List.copyOf(tokenRequests);
  }

  /** What was asked about {@code code}. */
  public List<TokenRequest> tokenRequestsFor(String code) {
    return tokenRequests().stream().filter(r -> code.equals(r.code())).toList();
  }

  /** Every access token handed out so far. */
  public List<String> issuedTokens() {
    return List.copyOf(tokens.keySet());
  }

  private void token(HttpExchange exchange) throws IOException {
    try (exchange) {
      var form = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
      synchronized (this) {
        tokenRequests.add(
            new TokenRequest(
                exchange.getRequestHeaders().getFirst("Accept"),
                form.get("client_id"),
                form.get("client_secret"),
                form.get("code"),
                form.get("redirect_uri")));
      }
      var outcome = outcomes.get(form.getOrDefault("code", ""));
      if (outcome == null) {
        answer(
            exchange,
            200,
            "application/json",
            "{\"error\":\"bad_verification_code\",\"error_description\":\"The code passed is"
                + " incorrect or expired.\"}");
      } else if (outcome instanceof Outcome.TokenAnswer given) {
        answer(exchange, given.status(), given.contentType(), given.body());
      } else if (outcome instanceof Outcome.TokenStalls) {
        try {
          closing.await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      } else {
        var token = "gho_" + random();
        tokens.put(token, outcome);
        answer(
            exchange,
            200,
            "application/json",
            JSON.writeValueAsString(
                Map.of(
                    "access_token",
                    token,
                    "token_type",
                    "bearer",
                    "scope",
                    "read:user,user:email")));
      }
    }
  }

  private void api(HttpExchange exchange) throws IOException {
    try (exchange) {
      var authorization = exchange.getRequestHeaders().getFirst("Authorization");
      var outcome =
          authorization == null || !authorization.startsWith("Bearer ")
              ? null
              : tokens.get(authorization.substring("Bearer ".length()));
      var path = exchange.getRequestURI().getPath();
      if (outcome instanceof Outcome.UserAnswer failing) {
        answer(exchange, failing.status(), "application/json", failing.body());
      } else if (outcome instanceof Outcome.SignsIn signsIn) {
        var account = signsIn.account();
        if (path.equals("/api/v3/user")) {
          var user = new LinkedHashMap<String, Object>();
          user.put("login", account.login());
          user.put("id", account.id());
          user.put("name", account.name());
          user.put("email", account.email());
          answer(exchange, 200, "application/json", JSON.writeValueAsString(user));
        } else if (path.equals("/api/v3/user/emails")) {
          answer(exchange, 200, "application/json", JSON.writeValueAsString(account.emails()));
        } else {
          answer(exchange, 404, "application/json", "{\"message\":\"Not Found\"}");
        }
      } else {
        answer(exchange, 401, "application/json", "{\"message\":\"Bad credentials\"}");
      }
    }
  }

  private static void answer(HttpExchange exchange, int status, String type, String body)
      throws IOException {
    var bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    if (bytes.length > 0) {
      exchange.getResponseBody().write(bytes);
    }
  }

  private static Map<String, String> form(String body) {
    var fields = new LinkedHashMap<String, String>();
    for (var pair : body.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        fields.put(
            URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    return fields;
  }

  private static String random() {
    var bytes = new byte[18];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  @Override
  public void close() {
    closing.countDown();
    server.stop(0);
    threads.shutdownNow();
  }
}
