package dev.masker.adapters.rest.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.JsonNodeDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.util.ArrayDeque;

/**
 * Text of a request body must be well-formed Unicode. JSON lets {@code "\ud800"} name half of a
 * UTF-16 surrogate pair on its own; Java keeps it, and the database driver writes it as {@code ?}.
 * So strings, and every key and string inside a free-form JSON value, are checked as they are read,
 * and a lone surrogate is refused ({@link Malformed}) instead of stored changed. (Bytes that are
 * not UTF-8 at all are refused by the parser itself.)
 */
public final class WellFormedText {
  static final JsonDeserializer<String> STRINGS = new Strings();
  static final JsonDeserializer<JsonNode> TREES = new Trees();

  private WellFormedText() {}

  /** Whether every surrogate in {@code text} is half of a pair. */
  public static boolean isWellFormed(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return false;
      }
    }
    return true;
  }

  /** Text with a lone surrogate; Jackson adds the path of the field it was read for. */
  public static final class Malformed extends MismatchedInputException {
    Malformed(JsonParser parser) {
      super(parser, "text is not well-formed Unicode", String.class);
    }
  }

  private static final class Strings extends StdScalarDeserializer<String> {
    Strings() {
      super(String.class);
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context)
        throws IOException {
      var text = StringDeserializer.instance.deserialize(parser, context);
      if (text != null && !isWellFormed(text)) {
        throw new Malformed(parser);
      }
      return text;
    }

    @Override
    public LogicalType logicalType() {
      return LogicalType.Textual;
    }

    @Override
    public Object getEmptyValue(DeserializationContext context) {
      return "";
    }
  }

  private static final class Trees extends StdDeserializer<JsonNode> {
    private final JsonDeserializer<? extends JsonNode> standard =
        JsonNodeDeserializer.getDeserializer(JsonNode.class);

    Trees() {
      super(JsonNode.class);
    }

    @Override
    public JsonNode deserialize(JsonParser parser, DeserializationContext context)
        throws IOException {
      var tree = standard.deserialize(parser, context);
      var pending = new ArrayDeque<JsonNode>();
      pending.push(tree);
      while (!pending.isEmpty()) {
        var node = pending.pop();
        if (node.isTextual() && !isWellFormed(node.textValue())) {
          throw new Malformed(parser);
        }
        for (var field : node.properties()) {
          if (!isWellFormed(field.getKey())) {
            throw new Malformed(parser);
          }
          pending.push(field.getValue());
        }
        if (node.isArray()) {
          node.forEach(pending::push);
        }
      }
      return tree;
    }

    /** JSON {@code null} is a null node, as without this check. */
    @Override
    public JsonNode getNullValue(DeserializationContext context) throws JsonMappingException {
      return standard.getNullValue(context);
    }

    /** A field left out stays null, as without this check. */
    @Override
    public Object getAbsentValue(DeserializationContext context) throws JsonMappingException {
      return standard.getAbsentValue(context);
    }

    @Override
    public LogicalType logicalType() {
      return LogicalType.Untyped;
    }
  }
}
