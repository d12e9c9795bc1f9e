package dev.masker.adapters.rest.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;

/**
 * Request bodies are read strictly, so that what the API acts on is exactly what the caller meant
 * and what is stored is exactly what was sent:
 *
 * <ul>
 *   <li>a field the API does not know is refused rather than ignored (a misspelt {@code
 *       require_proxy_key} never passes unnoticed), and so are trailing tokens and nulls for
 *       primitives;
 *   <li>a key given twice in one object is refused: two readers of the same text could otherwise
 *       keep different values;
 *   <li>no scalar is converted into another: {@code 123} is not a name, {@code "true"} or {@code 1}
 *       not a boolean;
 *   <li>text must be well-formed Unicode: a lone surrogate ({@code "\ud800"}) would be stored as
 *       {@code ?} ({@link WellFormedText}).
 * </ul>
 *
 * Every refusal is a 422 {@code validation_failed} naming the field ({@code ErrorMapping}).
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {
  /** For each kind of target, the JSON scalars that must not be converted into it. */
  private static final Map<LogicalType, List<CoercionInputShape>> REFUSED =
      Map.of(
          LogicalType.Textual,
          List.of(CoercionInputShape.Integer, CoercionInputShape.Float, CoercionInputShape.Boolean),
          LogicalType.Boolean,
          List.of(
              CoercionInputShape.Integer,
              CoercionInputShape.Float,
              CoercionInputShape.String,
              CoercionInputShape.EmptyString),
          LogicalType.Integer,
          List.of(
              CoercionInputShape.Float,
              CoercionInputShape.Boolean,
              CoercionInputShape.String,
              CoercionInputShape.EmptyString),
          LogicalType.Float,
          List.of(
              CoercionInputShape.Boolean,
              CoercionInputShape.String,
              CoercionInputShape.EmptyString));

  @Override
  public void customize(ObjectMapper mapper) {
    mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    mapper.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    REFUSED.forEach(
        (target, shapes) -> {
          var coercion = mapper.coercionConfigFor(target);
          shapes.forEach(shape -> coercion.setCoercion(shape, CoercionAction.Fail));
        });
    var text = new SimpleModule("masker-well-formed-text");
    text.addDeserializer(String.class, WellFormedText.STRINGS);
    text.addDeserializer(JsonNode.class, WellFormedText.TREES);
    mapper.registerModule(text);
  }
}
