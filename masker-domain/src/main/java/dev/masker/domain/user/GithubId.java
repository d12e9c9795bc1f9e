package dev.masker.domain.user;

import dev.masker.domain.common.InvalidValue;

/**
 * The number GitHub gives an account. It never changes, unlike the login, so it is what a person
 * signing in with GitHub is recognised by.
 */
public record GithubId(long value) {
  public GithubId {
    if (value <= 0) {
      throw new InvalidValue("github_id", "must be a positive number");
    }
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
