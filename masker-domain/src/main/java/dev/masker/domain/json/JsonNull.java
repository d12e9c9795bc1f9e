package dev.masker.domain.json;

/** The JSON {@code null}. */
public enum JsonNull implements Json {
  NULL
}
