package dev.masker.server.api.document;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The API reference of {@code docs/api-reference.md}, written from the OpenAPI document: the
 * operations tag by tag, then the bodies field by field. The same document always gives the same
 * text, so a test can tell when the committed reference is out of date.
 */
final class ApiReference {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final OpenAPI api;
  private final StringBuilder out = new StringBuilder();

  private ApiReference(OpenAPI api) {
    this.api = api;
  }

  static String of(OpenAPI api) {
    return new ApiReference(api).write();
  }

  private String write() {
    line("# API reference");
    line("");
    line(
        "Written from the OpenAPI document the server serves at `/q/openapi`"
            + " (`masker-server/src/main/resources/META-INF/openapi.yaml`); do not edit it by"
            + " hand: [api.md](api.md) says how to write it again. The rules every call follows"
            + " (paging, errors, ids) are in [api.md](api.md).");
    line("");
    line(flat(api.getInfo().getDescription()));
    for (var tag : api.getTags()) {
      line("");
      line("## " + tag.getName());
      line("");
      line(flat(tag.getDescription()));
      api.getPaths()
          .forEach(
              (path, item) ->
                  item.readOperationsMap()
                      .forEach(
                          (method, operation) -> {
                            if (operation.getTags().contains(tag.getName())) {
                              var shared =
                                  item.getParameters() == null
                                      ? List.<Parameter>of()
                                      : item.getParameters();
                              operation(method.name(), path, operation, shared);
                            }
                          }));
    }
    line("");
    line("## Bodies");
    api.getComponents().getSchemas().forEach(this::schema);
    return out.toString();
  }

  private void operation(String method, String path, Operation operation, List<Parameter> shared) {
    line("");
    line("### `" + method + " " + path + "`");
    line("");
    line(flat(operation.getSummary()) + ".");
    if (operation.getDescription() != null) {
      line("");
      line(flat(operation.getDescription()));
    }
    if (operation.getSecurity() != null && operation.getSecurity().isEmpty()) {
      line("");
      line("No sign-in needed.");
    }
    var parameters = new ArrayList<>(shared);
    if (operation.getParameters() != null) {
      parameters.addAll(operation.getParameters());
    }
    if (!parameters.isEmpty()) {
      line("");
      line("| parameter | in | type | description |");
      line("|---|---|---|---|");
      for (var parameter : parameters) {
        var resolved = resolve(parameter);
        line(
            "| `"
                + resolved.getName()
                + "` | "
                + resolved.getIn()
                + " | "
                + type(resolved.getSchema())
                + " | "
                + cell(resolved.getDescription())
                + " |");
      }
    }
    if (operation.getRequestBody() != null) {
      line("");
      line("Body: " + bodies(operation.getRequestBody().getContent()) + ".");
      examples("For example", operation.getRequestBody().getContent());
    }
    line("");
    line("| status | answer |");
    line("|---|---|");
    operation
        .getResponses()
        .forEach(
            (status, response) -> {
              var resolved = resolve(response);
              var content = resolved.getContent();
              var body = content == null ? "" : " " + bodies(content) + ".";
              line("| " + status + " | " + cell(resolved.getDescription()) + body + " |");
            });
    operation
        .getResponses()
        .forEach(
            (status, response) -> {
              var content = resolve(response).getContent();
              if (content != null && status.startsWith("2")) {
                examples("A " + status + " answer", content);
              }
            });
  }

  private void examples(String title, Content content) {
    content.forEach(
        (media, type) -> {
          if (type.getExample() == null) {
            return;
          }
          line("");
          line(title + " (`" + media + "`):");
          line("");
          if (type.getExample() instanceof String text) {
            line("```");
            out.append(text.endsWith("\n") ? text : text + "\n");
          } else {
            line("```json");
            line(json(type.getExample()));
          }
          line("```");
        });
  }

  private static String json(Object example) {
    try {
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(example);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("An example of the document is not JSON", e);
    }
  }

  private void schema(String name, Schema<?> schema) {
    if (schema.getProperties() == null) {
      return;
    }
    line("");
    line("### " + name);
    if (schema.getDescription() != null) {
      line("");
      line(flat(schema.getDescription()));
    }
    line("");
    line("| field | type | required | description |");
    line("|---|---|---|---|");
    Set<String> required =
        schema.getRequired() == null ? Set.of() : Set.copyOf(schema.getRequired());
    schema
        .getProperties()
        .forEach(
            (field, property) ->
                line(
                    "| `"
                        + field
                        + "` | "
                        + type(property)
                        + " | "
                        + (required.contains(field) ? "yes" : "no")
                        + " | "
                        + cell(property.getDescription())
                        + " |"));
  }

  private String bodies(Content content) {
    var shown = new ArrayList<String>();
    content.forEach((media, type) -> shown.add(type(type.getSchema()) + " as `" + media + "`"));
    return String.join(", or ", shown);
  }

  private static String type(Schema<?> schema) {
    if (schema == null) {
      return "";
    }
    String type;
    if (schema.get$ref() != null) {
      var name = schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1);
      type = "[" + name + "](#" + name.toLowerCase(Locale.ROOT) + ")";
    } else if ("array".equals(schema.getType())) {
      type = "array of " + type(schema.getItems());
    } else if (schema.getEnum() != null) {
      type = String.join(" \\| ", schema.getEnum().stream().map(v -> "`" + v + "`").toList());
    } else {
      type = schema.getType() == null ? "any" : schema.getType();
    }
    return Boolean.TRUE.equals(schema.getNullable()) ? type + " or null" : type;
  }

  private Parameter resolve(Parameter parameter) {
    if (parameter.get$ref() == null) {
      return parameter;
    }
    return api.getComponents().getParameters().get(last(parameter.get$ref()));
  }

  private ApiResponse resolve(ApiResponse response) {
    if (response.get$ref() == null) {
      return response;
    }
    return api.getComponents().getResponses().get(last(response.get$ref()));
  }

  private static String last(String ref) {
    return ref.substring(ref.lastIndexOf('/') + 1);
  }

  private static String flat(String text) {
    return text == null ? "" : text.strip().replaceAll("\\s+", " ");
  }

  private static String cell(String text) {
    return flat(text).replace("|", "\\|");
  }

  private void line(String text) {
    out.append(text).append('\n');
  }
}
