package dev.masker.domain.json;

/**
 * A JSON value: an object, an array, a string, a number, {@code true}, {@code false} or {@code
 * null}. Values never print their contents.
 */
public sealed interface Json
    permits JsonObject, JsonArray, JsonString, JsonNumber, JsonBoolean, JsonNull {}
