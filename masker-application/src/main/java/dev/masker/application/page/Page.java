package dev.masker.application.page;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** One page of a list and, unless it is the last, the keyset to continue after. */
public record Page<T>(List<T> items, Optional<Keyset> next) {
  public Page {
    items = List.copyOf(items);
  }

  /**
   * Cuts a page from {@code rows}, fetched with one row more than {@code limit}: that extra row
   * only tells that another page exists.
   */
  public static <T> Page<T> cut(List<T> rows, int limit, Function<T, Keyset> keyOf) {
    if (rows.size() <= limit) {
      return new Page<>(rows, Optional.empty());
    }
    var items = rows.subList(0, limit);
    return new Page<>(items, Optional.of(keyOf.apply(items.get(limit - 1))));
  }
}
