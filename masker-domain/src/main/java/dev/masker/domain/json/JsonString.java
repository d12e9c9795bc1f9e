package dev.masker.domain.json;

import java.util.Objects;

/** A JSON string, unescaped. Printing it shows its length only: strings carry PHI. */
public record JsonString(String value) implements Json {
  public JsonString {
    Objects.requireNonNull(value, "value");
  }

  @Override
  public String toString() {
    return "JsonString[" + value.length() + " chars]";
  }
}
