package dev.masker.domain.json;

/** The JSON {@code true} and {@code false}. */
public enum JsonBoolean implements Json {
  TRUE,
  FALSE;

  public static JsonBoolean of(boolean b) {
    return b ? TRUE : FALSE;
  }

  public boolean value() {
    return this == TRUE;
  }
}
