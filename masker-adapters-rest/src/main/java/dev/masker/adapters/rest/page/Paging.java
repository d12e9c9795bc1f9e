package dev.masker.adapters.rest.page;

import dev.masker.adapters.rest.error.ApiError;
import dev.masker.application.page.Cursor;
import dev.masker.application.page.Keyset;
import dev.masker.application.page.Page;
import dev.masker.application.page.PageRequest;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Optional;

/** The {@code limit}/{@code cursor} query parameters and the {@code {data, next_cursor}} answer. */
public final class Paging {
  private Paging() {}

  /**
   * The page asked for by {@code limit} and {@code cursor} of {@code list} under {@code filter};
   * 422 for a limit that is not 1–100 or a cursor of something else.
   */
  public static PageRequest request(String limit, String cursor, String list, String filter) {
    int size = PageRequest.DEFAULT_LIMIT;
    if (limit != null) {
      try {
        size = Integer.parseInt(limit.strip());
      } catch (NumberFormatException e) {
        throw ApiError.validation("limit", "must be between 1 and " + PageRequest.MAX_LIMIT);
      }
    }
    var after =
        cursor == null || cursor.isEmpty()
            ? Optional.<Keyset>empty()
            : Optional.of(Cursor.decode(cursor, list, filter).after());
    return new PageRequest(size, after);
  }

  /**
   * The page asked for by the query as sent: an empty {@code ?limit=} is refused like any other bad
   * limit, where the framework would hand a resource's parameter a null as if it were absent.
   */
  public static PageRequest request(UriInfo uri, String list, String filter) {
    var query = uri.getQueryParameters();
    return request(query.getFirst("limit"), query.getFirst("cursor"), list, filter);
  }

  /** The list answer: the items and the cursor to the next page, or null on the last. */
  public static <T> PageBody<T> answer(Page<?> page, List<T> items, String list, String filter) {
    var next = page.next().map(keyset -> Cursor.of(list, filter, keyset).encode()).orElse(null);
    return new PageBody<>(items, next);
  }
}
