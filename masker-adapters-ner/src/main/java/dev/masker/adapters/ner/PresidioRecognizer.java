package dev.masker.adapters.ner;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.masker.domain.masking.Detection;
import dev.masker.domain.masking.Pass;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code ner} pass on a Presidio Analyzer: {@code POST {base}/analyze} with the text, the
 * language and the score threshold; each result's type becomes a kind by {@link PresidioTypes}, its
 * score the confidence. Presidio counts offsets in code points (Python strings); they are turned
 * into the UTF-16 offsets of the text, and a result outside the text, empty, or without its fields
 * is dropped and counted.
 */
final class PresidioRecognizer extends RemoteRecognizer {
  static final String SERVICE = "presidio";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final String language;
  private final double scoreThreshold;

  PresidioRecognizer(
      String baseUrl,
      Duration timeout,
      String language,
      double scoreThreshold,
      RecognizerCounters counters) {
    super(SERVICE, endpoint(baseUrl, "/analyze"), timeout, counters);
    this.language = language;
    this.scoreThreshold = scoreThreshold;
  }

  @Override
  String requestBody(String text) {
    var body =
        JSON.createObjectNode()
            .put("text", text)
            .put("language", language)
            .put("score_threshold", scoreThreshold);
    try {
      return JSON.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a request body could not be written", null);
    }
  }

  @Override
  List<Detection> read(String text, String body) {
    JsonNode results;
    try {
      results = JSON.readTree(body);
    } catch (JsonProcessingException notJson) {
      throw new MalformedAnswer("an answer that is not JSON");
    }
    if (results == null || !results.isArray()) {
      throw new MalformedAnswer("an answer that is not a list of results");
    }
    int codePoints = text.codePointCount(0, text.length());
    var found = new ArrayList<Detection>();
    int dropped = 0;
    for (var result : results) {
      var type = result.get("entity_type");
      var start = result.get("start");
      var end = result.get("end");
      var score = result.get("score");
      if (type == null
          || !type.isTextual()
          || start == null
          || !start.isIntegralNumber()
          || end == null
          || !end.isIntegralNumber()
          || score == null
          || !score.isNumber()) {
        dropped++;
        continue;
      }
      var kind = PresidioTypes.kind(type.textValue());
      if (kind.isEmpty()) {
        continue;
      }
      int from = start.intValue();
      int to = end.intValue();
      double confidence = score.doubleValue();
      if (from < 0 || to <= from || to > codePoints || !(confidence >= 0.0)) {
        dropped++;
        continue;
      }
      int first = text.offsetByCodePoints(0, from);
      int last = text.offsetByCodePoints(first, to - from);
      var value = text.substring(first, last);
      found.add(
          new Detection(
              kind.get(),
              first,
              last,
              Math.min(1.0, confidence),
              Pass.NER,
              CanonicalValue.of(kind.get(), value)));
    }
    counters().dropped(dropped);
    return List.copyOf(found);
  }
}
