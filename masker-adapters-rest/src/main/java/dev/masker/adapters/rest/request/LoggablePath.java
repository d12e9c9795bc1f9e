package dev.masker.adapters.rest.request;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * A request path as it may appear in logs: the words of Masker's own routes and resource ids are
 * kept, any other segment (which a caller could fill with a name or a number) becomes {@code *}.
 */
final class LoggablePath {
  private static final Pattern RESOURCE_ID =
      Pattern.compile("(acc|usr|agt|sess|evt|rep|req|tok)_[0-9A-HJKMNP-TV-Z]{26}");
  private static final Set<String> ROUTE_WORDS =
      Set.of(
          "api",
          "v1",
          "agents",
          "auth",
          "login",
          "logout",
          "github",
          "callback",
          "me",
          "users",
          "tokens",
          "sessions",
          "events",
          "report",
          "reports",
          "public-key",
          "audit",
          "verify",
          "health",
          "q",
          "live",
          "ready",
          "started",
          "metrics",
          "proxy",
          "chat",
          "completions",
          "vapi",
          "webhook",
          "portal");

  private LoggablePath() {}

  static String of(String path) {
    if (path == null || path.isEmpty()) {
      return "/";
    }
    var safe = new StringBuilder();
    for (var segment : path.split("/", -1)) {
      if (safe.length() > 0 || path.startsWith("/")) {
        safe.append('/');
      }
      if (segment.isEmpty()
          || ROUTE_WORDS.contains(segment)
          || RESOURCE_ID.matcher(segment).matches()) {
        safe.append(segment);
      } else {
        safe.append('*');
      }
    }
    return safe.length() > 1 && path.startsWith("/") ? safe.substring(1) : safe.toString();
  }
}
