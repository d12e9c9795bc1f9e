package dev.masker.domain.masking.eval;

import java.util.List;
import java.util.Objects;

/** One line of a labelled corpus: its id, the plain text, and the values labelled in it. */
public record Example(String id, String text, List<GoldEntity> entities) {

  public Example {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    entities = List.copyOf(entities);
    for (var entity : entities) {
      if (entity.end() > text.length()) {
        throw new IllegalArgumentException(
            "entity " + entity.start() + ".." + entity.end() + " lies outside example " + id);
      }
    }
  }

  /** True when nothing in the text is protected health information. */
  public boolean isNegative() {
    return entities.isEmpty();
  }

  @Override
  public String toString() {
    // The text is labelled test data, but keep the habit: no values in toString.
    return "Example[" + id + ", " + entities.size() + " entities]";
  }
}
