package dev.masker.server.github;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/**
 * {@code masker.github.*}: the OAuth app GitHub sign-in uses, and where GitHub is (docs/
 * configuration.md). Without a client id and a client secret GitHub sign-in is off. The URLs point
 * at github.com by default; GitHub Enterprise Server, or a fake provider in tests, sets its own.
 */
@ConfigMapping(prefix = "masker.github")
public interface GithubSettings {
  /** {@code MASKER_GITHUB_CLIENT_ID}: the OAuth app's client id. */
  Optional<String> clientId();

  /** {@code MASKER_GITHUB_CLIENT_SECRET}: the OAuth app's client secret; never logged. */
  Optional<String> clientSecret();

  /** The page that asks the person to let Masker read their profile. */
  @WithDefault("https://github.com/login/oauth/authorize")
  String authorizeUrl();

  /** Where a code is exchanged for an access token. */
  @WithDefault("https://github.com/login/oauth/access_token")
  String tokenUrl();

  /** The REST API, which serves {@code /user} and {@code /user/emails}. */
  @WithDefault("https://api.github.com")
  String apiUrl();

  /** How long each call to GitHub (connecting included) may take. */
  @WithDefault("10000")
  long timeoutMs();
}
