package dev.masker.domain.json;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;

/** A mutable JSON array. Equal by content; printing it shows its size only. */
public final class JsonArray implements Json, Iterable<Json> {
  private final List<Json> items = new ArrayList<>();

  public JsonArray() {}

  /**
   * @throws IndexOutOfBoundsException when there is no such item
   */
  public Json get(int index) {
    return items.get(index);
  }

  /**
   * @throws IndexOutOfBoundsException when there is no such item
   */
  public void set(int index, Json value) {
    items.set(index, Objects.requireNonNull(value, "value"));
  }

  /** Appends a value ({@link JsonNull#NULL} for null) and returns this array. */
  public JsonArray add(Json value) {
    items.add(Objects.requireNonNull(value, "value"));
    return this;
  }

  public int size() {
    return items.size();
  }

  @Override
  public Iterator<Json> iterator() {
    return items.iterator();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof JsonArray other && items.equals(other.items);
  }

  @Override
  public int hashCode() {
    return items.hashCode();
  }

  @Override
  public String toString() {
    return "JsonArray[" + items.size() + (items.size() == 1 ? " item]" : " items]");
  }
}
