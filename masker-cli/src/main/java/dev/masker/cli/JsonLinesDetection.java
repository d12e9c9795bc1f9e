package dev.masker.cli;

import dev.masker.domain.json.Json;
import dev.masker.domain.json.JsonNull;
import dev.masker.domain.json.JsonObject;
import dev.masker.domain.json.JsonParser;
import dev.masker.domain.json.JsonSyntaxException;
import dev.masker.domain.json.JsonWriter;
import dev.masker.domain.masking.Detection;
import dev.masker.domain.masking.Detector;
import dev.masker.domain.masking.MaskEvent;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

/**
 * {@code detect --jsonl}: reads {@code {"id", "text"}} lines and writes, in order and one line at a
 * time, {@code {"id", "entities": [{"kind", "start", "end", "confidence", "pass"}]}} with offsets
 * in Unicode code points; the id is written back as it was given (any JSON value, null when
 * absent). Lines are read with the domain's JSON parser. Memory does not grow with the number of
 * lines.
 */
final class JsonLinesDetection {
  private final Detector detector;

  JsonLinesDetection(Detector detector) {
    this.detector = detector;
  }

  void run(BufferedReader lines, Writer out) {
    try (lines;
        out) {
      String line;
      long number = 0;
      while ((line = lines.readLine()) != null) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        var input = parse(line, number);
        var text = input.string("text");
        out.write("{\"id\":");
        out.write(JsonWriter.write(input.has("id") ? input.get("id") : JsonNull.NULL));
        out.write(",\"entities\":");
        out.write(entities(text, detector.detect(text)));
        out.write("}\n");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The line's object, read by the domain's strict parser (a key given twice is refused). The error
   * names an offset, never the text.
   */
  private static JsonObject parse(String line, long number) {
    Json value;
    try {
      value = JsonParser.parse(line);
    } catch (JsonSyntaxException e) {
      throw new Failure(ExitCode.INVALID_INPUT, "line " + number + ": " + e.getMessage());
    }
    if (!(value instanceof JsonObject object) || object.string("text") == null) {
      throw new Failure(
          ExitCode.INVALID_INPUT, "line " + number + ": expected {\"id\": …, \"text\": \"…\"}");
    }
    return object;
  }

  /** The detections as a JSON array, offsets converted from UTF-16 chars to code points. */
  static String entities(String text, List<Detection> detections) {
    var json = new StringBuilder("[");
    int char0 = 0;
    int codePoint0 = 0;
    for (var detection : detections) {
      // Detections come in text order, so code points are counted once over the whole text.
      codePoint0 += text.codePointCount(char0, detection.start());
      char0 = detection.start();
      int start = codePoint0;
      int end = start + text.codePointCount(detection.start(), detection.end());
      if (json.length() > 1) {
        json.append(',');
      }
      json.append("{\"kind\":\"")
          .append(detection.kind().name())
          .append("\",\"start\":")
          .append(start)
          .append(",\"end\":")
          .append(end)
          .append(",\"confidence\":")
          .append(String.format(Locale.ROOT, "%.3f", detection.confidence()))
          .append(",\"pass\":\"")
          .append(detection.pass().wireName())
          .append("\"}");
    }
    return json.append(']').toString();
  }

  /** A masking event as one JSON line, value-free. */
  static String event(MaskEvent event) {
    return "{\"kind\":\""
        + event.kind().name()
        + "\",\"start\":"
        + event.start()
        + ",\"end\":"
        + event.end()
        + ",\"pass\":\""
        + event.pass().wireName()
        + "\",\"confidence\":"
        + String.format(Locale.ROOT, "%.3f", event.confidence())
        + ",\"action\":\""
        + event.action().wireName()
        + "\",\"token_kind\":"
        + (event.tokenKind() == null ? "null" : "\"" + event.tokenKind() + "\"")
        + ",\"kid\":"
        + (event.kid() == null ? "null" : "\"" + event.kid() + "\"")
        + "}";
  }
}
