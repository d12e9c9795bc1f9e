package dev.masker.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.masker.domain.json.Json;
import dev.masker.domain.json.JsonArray;
import dev.masker.domain.json.JsonBoolean;
import dev.masker.domain.json.JsonNull;
import dev.masker.domain.json.JsonNumber;
import dev.masker.domain.json.JsonObject;
import dev.masker.domain.json.JsonParser;
import dev.masker.domain.json.JsonString;
import dev.masker.domain.json.JsonWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the proxy does to every request body before it masks it, and after: parse it into a tree and
 * write the tree back. The domain's own parser and writer against Jackson, strictly configured
 * (duplicate keys and trailing tokens refused), on the proxy load test's request ({@code typical},
 * 3 KB) and on a long conversation of about 100 KB with escapes and non-ASCII text ({@code large}).
 *
 * <ul>
 *   <li>{@code domain}: {@link JsonParser#parseWholeObject} then {@link JsonWriter#write}, the
 *       proxy's path today;
 *   <li>{@code jacksonTree}: Jackson's own tree ({@code readTree}, {@code writeValueAsString});
 *       numbers become doubles, so {@code 1.0e5} is not written back as sent;
 *   <li>{@code jacksonIntoDomainTree}: Jackson's streaming parser building the domain's tree
 *       (numbers kept as written), then the domain's writer: what parsing with Jackson in the
 *       adapters and handing the domain a neutral tree would cost.
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class JsonBenchmark {
  @Param({"typical", "large"})
  public String body;

  private String text;
  private ObjectMapper mapper;
  private JsonFactory factory;

  @Setup
  public void setUp() throws IOException {
    String typical;
    try (var in = JsonBenchmark.class.getResourceAsStream("/bench/turn.json")) {
      typical = new String(Objects.requireNonNull(in).readAllBytes(), StandardCharsets.UTF_8);
    }
    text = body.equals("typical") ? typical : large(typical);
    mapper =
        JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    factory = mapper.getFactory();
    // Every way must read the body as the same tree.
    if (!domainTree(text).equals(jacksonIntoDomainTree(factory, text))) {
      throw new IllegalStateException("the parsers disagree on the " + body + " body");
    }
  }

  /**
   * The typical request with its history repeated until it is about 100 KB, some messages with
   * quotes, tabs, newlines, accents and an emoji, escaped and not.
   */
  private static String large(String typical) {
    var request = JsonParser.parseWholeObject(typical);
    var messages = request.array("messages");
    var history = new JsonArray();
    for (var message : messages) {
      history.add(message);
    }
    int turn = 0;
    while (JsonWriter.write(request).length() < 100 * 1024) {
      var spoken = new JsonObject();
      spoken.put("role", new JsonString(turn % 2 == 0 ? "user" : "assistant"));
      spoken.put(
          "content",
          new JsonString(
              "she said \"call me back\"\tat nine\nRenée Müller, room 12 🙂 \\ turn " + turn));
      messages.add(spoken);
      for (var message : history) {
        messages.add(message);
      }
      turn++;
    }
    return JsonWriter.write(request);
  }

  @Benchmark
  public String domain() {
    return JsonWriter.write(domainTree(text));
  }

  @Benchmark
  public String jacksonTree() throws IOException {
    return mapper.writeValueAsString(mapper.readTree(text));
  }

  @Benchmark
  public String jacksonIntoDomainTree() {
    return JsonWriter.write(jacksonIntoDomainTree(factory, text));
  }

  private static Json domainTree(String text) {
    return JsonParser.parseWholeObject(text);
  }

  /** Jackson's streaming parser building the domain's tree, numbers as written. */
  static Json jacksonIntoDomainTree(JsonFactory factory, String text) {
    try (var parser = factory.createParser(text)) {
      var open = new ArrayDeque<Json>();
      Json root = null;
      String key = null;
      for (var token = parser.nextToken(); token != null; token = parser.nextToken()) {
        Json value;
        switch (token) {
          case FIELD_NAME -> {
            key = parser.currentName();
            continue;
          }
          case START_OBJECT -> value = new JsonObject();
          case START_ARRAY -> value = new JsonArray();
          case END_OBJECT, END_ARRAY -> {
            var closed = open.pop();
            if (open.isEmpty()) {
              root = closed;
            }
            continue;
          }
          case VALUE_STRING -> value = new JsonString(parser.getText());
          case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> value = new JsonNumber(parser.getText());
          case VALUE_TRUE -> value = JsonBoolean.TRUE;
          case VALUE_FALSE -> value = JsonBoolean.FALSE;
          case VALUE_NULL -> value = JsonNull.NULL;
          default -> throw new IllegalStateException("unexpected " + token);
        }
        var parent = open.peek();
        if (parent instanceof JsonObject object) {
          object.put(key, value);
        } else if (parent instanceof JsonArray array) {
          array.add(value);
        } else {
          root = value;
        }
        if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
          open.push(value);
        }
      }
      return root;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
