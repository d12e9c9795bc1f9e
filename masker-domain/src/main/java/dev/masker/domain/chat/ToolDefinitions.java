package dev.masker.domain.chat;

import dev.masker.domain.json.Json;
import dev.masker.domain.json.JsonArray;
import dev.masker.domain.json.JsonBoolean;
import dev.masker.domain.json.JsonNull;
import dev.masker.domain.json.JsonNumber;
import dev.masker.domain.json.JsonObject;
import dev.masker.domain.json.JsonString;
import java.util.Set;

/**
 * The rules for what a request defines rather than says: tools, legacy functions and response
 * formats. Names are kept (and checked: {@link RequestSites#name}); descriptions and every other
 * string of their JSON Schemas (descriptions, titles, enums, defaults, examples, and the values of
 * keywords no list names, such as {@code example} or {@code x-note}) are masked, while the names a
 * schema declares (property names, required names, patterns, references) are checked; numbers of
 * six digits or more are checked like a seed.
 */
final class ToolDefinitions {
  /** JSON Schema keywords whose string values are prose or examples, not structure. */
  private static final Set<String> SCHEMA_PROSE =
      Set.of("description", "title", "examples", "default", "enum", "const", "$comment");

  /** JSON Schema keywords whose object keys are names (of properties, definitions). */
  private static final Set<String> SCHEMA_NAME_MAPS =
      Set.of(
          "properties",
          "patternProperties",
          "$defs",
          "definitions",
          "dependentRequired",
          "dependentSchemas");

  /** JSON Schema keywords whose string values are names or patterns the model must see as is. */
  private static final Set<String> SCHEMA_NAMES =
      Set.of("required", "pattern", "$ref", "$id", "$anchor", "propertyNames");

  private final RequestSites sites;

  ToolDefinitions(RequestSites sites) {
    this.sites = sites;
  }

  void readTools(Json value, String path) {
    FieldCheck.expect(value instanceof JsonArray, path, "must be an array of tools");
    var tools = (JsonArray) value;
    for (int i = 0; i < tools.size(); i++) {
      var at = path + "[" + i + "]";
      var tool = FieldCheck.object(tools.get(i), at);
      var type = tool.get("type");
      if (type instanceof JsonString t && t.value().equals("custom")) {
        FieldCheck.onlyKeys(tool, at, "type", "custom");
        var custom = FieldCheck.object(tool.get("custom"), at + ".custom");
        FieldCheck.onlyKeys(custom, at + ".custom", "name", "description", "format");
        sites.name(custom.get("name"), at + ".custom.name");
        prose(custom, "description", at + ".custom");
        if (custom.get("format") != null) {
          // A grammar or "text": structure the model must follow as written, so every string in
          // it (a grammar's definition) is passed, and refused when it holds a value the policy
          // masks.
          FieldCheck.expect(
              custom.get("format") instanceof JsonObject,
              at + ".custom.format",
              "must be an object");
          sites.structures(custom.get("format"), at + ".custom.format");
        }
      } else if (type instanceof JsonString t && t.value().equals("function")) {
        FieldCheck.onlyKeys(tool, at, "type", "function");
        readFunction(tool.get("function"), at + ".function");
      } else {
        throw new FieldCheck.Refused(at + ".type", "must be function or custom");
      }
    }
  }

  void readFunction(Json value, String path) {
    var function = FieldCheck.object(value, path);
    FieldCheck.onlyKeys(function, path, "name", "description", "parameters", "strict");
    sites.name(function.get("name"), path + ".name");
    prose(function, "description", path);
    if (function.get("parameters") != null) {
      schema(function.get("parameters"), path + ".parameters");
    }
    var strict = function.get("strict");
    FieldCheck.expect(
        strict == null || strict instanceof JsonBoolean || strict == JsonNull.NULL,
        path + ".strict",
        "must be a boolean");
  }

  void readResponseFormat(Json value) {
    var format = FieldCheck.object(value, "response_format");
    var type = format.get("type");
    if (!(type instanceof JsonString t)
        || !Set.of("text", "json_object", "json_schema").contains(t.value())) {
      throw new FieldCheck.Refused(
          "response_format.type", "must be text, json_object or json_schema");
    }
    FieldCheck.onlyKeys(format, "response_format", "type", "json_schema");
    if (format.get("json_schema") != null) {
      var schema = FieldCheck.object(format.get("json_schema"), "response_format.json_schema");
      FieldCheck.onlyKeys(
          schema, "response_format.json_schema", "name", "description", "schema", "strict");
      sites.name(schema.get("name"), "response_format.json_schema.name");
      prose(schema, "description", "response_format.json_schema");
      if (schema.get("schema") != null) {
        schema(schema.get("schema"), "response_format.json_schema.schema");
      }
    }
  }

  /**
   * The prose of a JSON Schema (descriptions, titles, examples, enums), every level down, masked;
   * and its names (property names, required names, patterns, references), which the model must see
   * as they are, checked: one that holds a value the policy masks is refused at its path.
   */
  void schema(Json node, String path) {
    if (node instanceof JsonObject object) {
      for (var entry : object.entries()) {
        var key = entry.getKey();
        var at = path + "." + key;
        var value = entry.getValue();
        if (SCHEMA_PROSE.contains(key)) {
          sites.values(value, exampleCue(key, path), -1, RequestFields.TOOLS, entry::setValue);
        } else if (SCHEMA_NAME_MAPS.contains(key) && value instanceof JsonObject names) {
          for (var named : names.entries()) {
            sites.structure(named.getKey(), at);
            schema(named.getValue(), at + "." + named.getKey());
          }
        } else if (SCHEMA_NAMES.contains(key)) {
          names(value, at);
        } else if (value instanceof JsonString) {
          // "type", "format", "example", "x-note", "errorMessage": the model reads every string
          // of a schema, and a structure word ("string", "date-time") has nothing to mask.
          sites.values(value, ChatRequest.cue(key), -1, RequestFields.TOOLS, entry::setValue);
        } else if (value instanceof JsonNumber number) {
          // "minimum": 4155552671 is passed as a number, so checked like a seed.
          sites.longNumber(number, at);
        } else {
          schema(value, at);
        }
      }
    } else if (node instanceof JsonArray array) {
      for (int i = 0; i < array.size(); i++) {
        int at = i;
        var item = array.get(i);
        if (item instanceof JsonString) {
          // ["string", "null"] of a type, or the strings of a keyword no list names
          sites.values(item, null, -1, RequestFields.TOOLS, masked -> array.set(at, masked));
        } else if (item instanceof JsonNumber number) {
          sites.longNumber(number, path + "[" + i + "]");
        } else {
          schema(item, path + "[" + i + "]");
        }
      }
    }
  }

  /** The keywords whose values are values of the property, not words about it. */
  private static final Set<String> SCHEMA_EXAMPLES = Set.of("examples", "default", "enum", "const");

  /**
   * The cue of a property's example values: the property's name ({@code "mrn": {"examples":
   * [64820375]}} is an MRN), read as a key is (ADR 28); none for its prose or outside properties.
   */
  private static String exampleCue(String key, String path) {
    int last = path.lastIndexOf('.');
    if (!SCHEMA_EXAMPLES.contains(key) || last < 0 || !path.startsWith(".properties", last - 11)) {
      return null;
    }
    return ChatRequest.cue(path.substring(last + 1));
  }

  private void names(Json value, String path) {
    if (value instanceof JsonString name) {
      sites.structure(name.value(), path);
    } else if (value instanceof JsonArray array) {
      for (int i = 0; i < array.size(); i++) {
        names(array.get(i), path + "[" + i + "]");
      }
    } else {
      schema(value, path);
    }
  }

  void prose(JsonObject object, String key, String path) {
    var value = object.get(key);
    if (value == null || value == JsonNull.NULL) {
      return;
    }
    FieldCheck.expectString(value, path + "." + key);
    sites.text(value, -1, RequestFields.TOOLS, null, object, key);
  }
}
