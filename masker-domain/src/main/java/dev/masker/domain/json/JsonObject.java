package dev.masker.domain.json;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A mutable JSON object that keeps its keys in insertion order; putting an existing key replaces
 * its value in place. Equal by content (keys and values, whatever the order); printing it shows its
 * size only.
 */
public final class JsonObject implements Json {
  private final Map<String, Json> members = new LinkedHashMap<>();

  public JsonObject() {}

  /** The value of {@code key}, or null when absent. */
  public Json get(String key) {
    return members.get(key);
  }

  /** Sets {@code key} to a value ({@link JsonNull#NULL} for null) and returns this object. */
  public JsonObject put(String key, Json value) {
    members.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
    return this;
  }

  /** Removes {@code key}: its value, or null when absent. */
  public Json remove(String key) {
    return members.remove(key);
  }

  public boolean has(String key) {
    return members.containsKey(key);
  }

  public int size() {
    return members.size();
  }

  /**
   * A live view of the members in order. {@code setValue} replaces a value in place (never with
   * null); removing through the iterator removes the member.
   */
  public Set<Map.Entry<String, Json>> entries() {
    return members.entrySet();
  }

  /** The value of {@code key} when it is a string, else null. */
  public String string(String key) {
    return members.get(key) instanceof JsonString s ? s.value() : null;
  }

  /** The value of {@code key} when it is an object, else null. */
  public JsonObject object(String key) {
    return members.get(key) instanceof JsonObject o ? o : null;
  }

  /** The value of {@code key} when it is an array, else null. */
  public JsonArray array(String key) {
    return members.get(key) instanceof JsonArray a ? a : null;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof JsonObject other && members.equals(other.members);
  }

  @Override
  public int hashCode() {
    return members.hashCode();
  }

  @Override
  public String toString() {
    return "JsonObject[" + members.size() + (members.size() == 1 ? " key]" : " keys]");
  }
}
