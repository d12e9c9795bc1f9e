package dev.masker.domain.common;

import com.github.f4b6a3.ulid.UlidCreator;

/** ULIDs that sort in creation order, also within one millisecond. */
public final class MonotonicUlids implements IdGenerator {
  @Override
  public String newUlid() {
    return UlidCreator.getMonotonicUlid().toString();
  }
}
