package dev.masker.adapters.rest.page;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** One page of a list: its items and the cursor to the next page, null on the last. */
public record PageBody<T>(List<T> data, @JsonProperty("next_cursor") String nextCursor) {}
