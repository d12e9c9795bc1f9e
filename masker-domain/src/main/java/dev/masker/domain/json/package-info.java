/**
 * A small JSON tree model (RFC 8259) for the proxy: {@link dev.masker.domain.json.JsonParser} reads
 * a text into a {@link dev.masker.domain.json.Json} tree in one pass, and {@link
 * dev.masker.domain.json.JsonWriter} writes a tree back compactly.
 *
 * <p>The texts are request bodies and stream chunks that carry PHI, so nothing here puts any part
 * of a text into an exception message or a {@code toString}: errors name an offset and what was
 * expected, trees print their size.
 */
package dev.masker.domain.json;
