package dev.masker.application.page;

import dev.masker.domain.common.InvalidValue;
import java.util.Optional;

/** Which page of a list to serve: at most {@code limit} rows after the optional keyset. */
public record PageRequest(int limit, Optional<Keyset> after) {
  public static final int DEFAULT_LIMIT = 25;
  public static final int MAX_LIMIT = 100;

  public PageRequest {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new InvalidValue("limit", "must be between 1 and " + MAX_LIMIT);
    }
  }

  public static PageRequest first(int limit) {
    return new PageRequest(limit, Optional.empty());
  }
}
