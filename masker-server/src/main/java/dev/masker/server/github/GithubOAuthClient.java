package dev.masker.server.github;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.masker.application.port.out.GithubProvider;
import dev.masker.domain.common.InvalidValue;
import dev.masker.domain.user.Email;
import dev.masker.domain.user.GithubId;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * GitHub's OAuth web flow over the JDK's HTTP client: the authorize URL, the code exchanged at the
 * token URL, then {@code /user} and, when that shows no email, the verified primary one of {@code
 * /user/emails}. Every call has the configured timeout and follows no redirect; answers over 1 MiB
 * are refused. A failure is logged in words of its own: never the code, a token, the client secret
 * or what GitHub answered.
 */
public final class GithubOAuthClient implements GithubProvider {
  /** What Masker asks to read: the profile and the email addresses. */
  static final String SCOPE = "read:user user:email";

  private static final Logger LOG = Logger.getLogger(GithubOAuthClient.class);
  private static final int MAX_ANSWER_BYTES = 1 << 20;
  private static final Pattern ERROR_WORD = Pattern.compile("[a-z_]{1,64}");

  private final GithubSettings settings;
  private final Duration timeout;
  private final HttpClient http;
  private final ObjectMapper json =
      JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  public GithubOAuthClient(GithubSettings settings) {
    this.settings = settings;
    this.timeout = Duration.ofMillis(settings.timeoutMs());
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(timeout)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  @Override
  public boolean configured() {
    return present(settings.clientId()) && present(settings.clientSecret());
  }

  @Override
  public String authorizeUrl(String state, String callbackUrl) {
    var query = new LinkedHashMap<String, String>();
    query.put("client_id", settings.clientId().orElseThrow());
    query.put("redirect_uri", callbackUrl);
    query.put("scope", SCOPE);
    query.put("state", state);
    var base = settings.authorizeUrl();
    return base + (base.contains("?") ? "&" : "?") + form(query);
  }

  @Override
  public Profile profile(String code, String callbackUrl) {
    try {
      var token = accessToken(code, callbackUrl);
      var user = get("/user", token, "the user endpoint");
      var id = user.path("id");
      var login = user.path("login");
      if (!id.isIntegralNumber()
          || !id.canConvertToLong()
          || id.asLong() <= 0
          || !login.isTextual()
          || login.asText().isBlank()) {
        throw failure("the user endpoint answered without an id or a login");
      }
      var name =
          user.path("name").isTextual() && !user.path("name").asText().isBlank()
              ? user.path("name").asText()
              : null;
      var email = email(user.path("email"));
      if (email.isEmpty()) {
        email = verifiedPrimaryEmail(get("/user/emails", token, "the emails endpoint"));
      }
      return new Profile(new GithubId(id.asLong()), login.asText(), name, email);
    } catch (ExchangeFailed failed) {
      LOG.warnf("GitHub sign-in failed: %s", failed.getMessage());
      throw failed;
    }
  }

  private String accessToken(String code, String callbackUrl) {
    var body = new LinkedHashMap<String, String>();
    body.put("client_id", settings.clientId().orElseThrow());
    body.put("client_secret", settings.clientSecret().orElseThrow());
    body.put("code", code);
    body.put("redirect_uri", callbackUrl);
    var request =
        HttpRequest.newBuilder(uri(settings.tokenUrl()))
            .timeout(timeout)
            .header("Accept", "application/json")
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("User-Agent", "Masker")
            .POST(HttpRequest.BodyPublishers.ofString(form(body)))
            .build();
    var answer = send(request, "the token endpoint");
    var error = answer.path("error");
    if (!error.isMissingNode() && !error.isNull()) {
      var word =
          error.isTextual() && ERROR_WORD.matcher(error.asText()).matches()
              ? error.asText()
              : "an error";
      throw failure("the token endpoint refused the code: " + word);
    }
    var token = answer.path("access_token");
    if (!token.isTextual() || token.asText().isBlank()) {
      throw failure("the token endpoint answered without an access token");
    }
    return token.asText();
  }

  private JsonNode get(String path, String token, String what) {
    var request =
        HttpRequest.newBuilder(uri(settings.apiUrl().replaceAll("/+$", "") + path))
            .timeout(timeout)
            .header("Accept", "application/vnd.github+json")
            .header("Authorization", "Bearer " + token)
            .header("User-Agent", "Masker")
            .GET()
            .build();
    return send(request, what);
  }

  /** The answer's JSON when the status is 2xx. */
  private JsonNode send(HttpRequest request, String what) {
    HttpResponse<InputStream> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
    } catch (HttpTimeoutException slow) {
      throw failure(what + " did not answer within " + timeout.toMillis() + " ms");
    } catch (IOException unreachable) {
      throw failure(
          what + " could not be reached (" + unreachable.getClass().getSimpleName() + ")");
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw failure("the call to " + what + " was interrupted");
    }
    try (var body = response.body()) {
      var bytes = body.readNBytes(MAX_ANSWER_BYTES + 1);
      if (response.statusCode() / 100 != 2) {
        throw failure(what + " answered " + response.statusCode());
      }
      if (bytes.length > MAX_ANSWER_BYTES) {
        throw failure(what + " answered more than " + MAX_ANSWER_BYTES + " bytes");
      }
      return json.readTree(bytes);
    } catch (JsonProcessingException garbage) {
      throw failure(what + " answered something that is not JSON");
    } catch (IOException broken) {
      throw failure(what + " broke off its answer");
    }
  }

  private static Optional<Email> verifiedPrimaryEmail(JsonNode emails) {
    if (!emails.isArray()) {
      throw failure("the emails endpoint answered something that is not a list");
    }
    for (var entry : emails) {
      if (entry.path("primary").asBoolean(false) && entry.path("verified").asBoolean(false)) {
        return email(entry.path("email"));
      }
    }
    return Optional.empty();
  }

  private static Optional<Email> email(JsonNode node) {
    if (!node.isTextual() || node.asText().isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(new Email(node.asText()));
    } catch (InvalidValue notAnAddress) {
      return Optional.empty();
    }
  }

  private static URI uri(String text) {
    try {
      return URI.create(text);
    } catch (IllegalArgumentException e) {
      throw failure("a configured GitHub URL is not a URL");
    }
  }

  private static String form(Map<String, String> fields) {
    return fields.entrySet().stream()
        .map(
            field ->
                URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  private static boolean present(Optional<String> value) {
    return value.filter(text -> !text.isBlank()).isPresent();
  }

  private static ExchangeFailed failure(String reason) {
    return new ExchangeFailed(reason);
  }
}
