package dev.masker.application.service.ratelimit;

import dev.masker.domain.ratelimit.RateLimit;

/**
 * The limit of one request group, and how many of its tokens a replica takes from the shared bucket
 * at a time (its lease): one database round trip serves {@code lease} requests.
 */
public record GroupLimit(RateLimit limit, int lease) {
  public GroupLimit {
    if (lease < 1 || lease > limit.burst()) {
      throw new IllegalArgumentException("a lease must be between 1 and the burst");
    }
  }
}
