package dev.masker.application.fake;

import dev.masker.application.port.out.GithubProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * GitHub as a test scripts it: each code belongs to a profile or fails; {@link #exchanged()} lists
 * the codes it was asked about.
 */
public final class ScriptedGithubProvider implements GithubProvider {
  private final Map<String, Profile> profiles = new ConcurrentHashMap<>();
  private final List<String> exchanged = new ArrayList<>();
  private boolean configured = true;

  public ScriptedGithubProvider answer(String code, Profile profile) {
    profiles.put(code, profile);
    return this;
  }

  public ScriptedGithubProvider unconfigured() {
    configured = false;
    return this;
  }

  public synchronized List<String> exchanged() {
    return List.copyOf(exchanged);
  }

  @Override
  public boolean configured() {
    return configured;
  }

  @Override
  public String authorizeUrl(String state, String callbackUrl) {
    return "https://github.example/login/oauth/authorize?redirect_uri="
        + callbackUrl
        + "&state="
        + state;
  }

  @Override
  public Profile profile(String code, String callbackUrl) {
    synchronized (this) {
      exchanged.add(code);
    }
    var profile = profiles.get(code);
    if (profile == null) {
      throw new ExchangeFailed("the code is unknown");
    }
    return profile;
  }
}
