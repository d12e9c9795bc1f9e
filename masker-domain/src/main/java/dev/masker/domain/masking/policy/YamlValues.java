package dev.masker.domain.masking.policy;

import dev.masker.domain.masking.EntityKind;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Typed values read from the nodes of a policy document: the keys of a mapping, text, whole
 * numbers, fractions, flags and entity kinds. A value of the wrong type or out of range is reported
 * to the {@link PolicyProblems} and read as {@code null}; the section readers build on these.
 */
final class YamlValues {
  private final PolicyProblems problems;

  YamlValues(PolicyProblems problems) {
    this.problems = problems;
  }

  /**
   * The values of a mapping by key, in document order; unknown, duplicate and non-text keys are
   * reported. With {@code known} null every key is accepted (checked by the caller).
   */
  Map<String, Node> keys(MappingNode map, String path, Set<String> known) {
    var values = new LinkedHashMap<String, Node>();
    for (NodeTuple tuple : map.getValue()) {
      Node keyNode = tuple.getKeyNode();
      if (!(keyNode instanceof ScalarNode) || ((ScalarNode) keyNode).getValue().isEmpty()) {
        problems.add(path.isEmpty() ? "policy" : path, keyNode, "has a key that is not a name");
        continue;
      }
      String key = ((ScalarNode) keyNode).getValue();
      String field = child(path, key);
      if (known != null && !known.contains(key)) {
        problems.add(field, keyNode, "is not a known key");
        continue;
      }
      if (values.containsKey(key)) {
        problems.add(field, keyNode, "is given twice");
        continue;
      }
      values.put(key, tuple.getValueNode());
    }
    return values;
  }

  /** The field path of {@code key} under {@code path}, the key shortened and made printable. */
  static String child(String path, String key) {
    String shown = key.length() > 40 ? key.substring(0, 40) + "…" : key;
    shown = shown.replaceAll("\\p{Cntrl}", "?");
    return path.isEmpty() ? shown : path + "." + shown;
  }

  /** The node of a top-level key, reported as {@code key} when it is missing. */
  Optional<Node> required(Map<String, Node> keys, MappingNode map, String key) {
    Node node = keys.get(key);
    if (node == null) {
      problems.add(key, map, "is required");
    }
    return Optional.ofNullable(node);
  }

  /** The node of a nested key, reported as {@code path.key} when it is missing. */
  Optional<Node> required(Map<String, Node> keys, MappingNode map, String key, String path) {
    Node node = keys.get(key);
    if (node == null) {
      problems.add(path + "." + key, map, "is required");
    }
    return Optional.ofNullable(node);
  }

  /** A scalar read as text: strings, numbers and booleans, not null, not a collection. */
  String text(Node node, String field) {
    if (!(node instanceof ScalarNode)) {
      problems.add(field, node, "must be text, not a list or a mapping");
      return null;
    }
    var tag = node.getTag();
    if (Tag.NULL.equals(tag)) {
      problems.add(field, node, "must not be empty");
      return null;
    }
    if (!(Tag.STR.equals(tag)
        || Tag.INT.equals(tag)
        || Tag.FLOAT.equals(tag)
        || Tag.BOOL.equals(tag))) {
      problems.add(field, node, "has an unsupported YAML tag");
      return null;
    }
    String value = ((ScalarNode) node).getValue();
    if (value.isBlank()) {
      problems.add(field, node, "must not be empty");
      return null;
    }
    return value;
  }

  /** A decimal whole number of at least {@code min} that fits in 32 bits. */
  Integer integer(Node node, String field, int min) {
    if (!(node instanceof ScalarNode) || !Tag.INT.equals(node.getTag())) {
      problems.add(field, node, "must be a whole number");
      return null;
    }
    String value = ((ScalarNode) node).getValue();
    int result;
    try {
      result = Integer.parseInt(value.startsWith("+") ? value.substring(1) : value);
    } catch (NumberFormatException e) {
      problems.add(field, node, "must be a decimal whole number that fits in 32 bits");
      return null;
    }
    if (result < min) {
      problems.add(field, node, "must be at least " + min);
      return null;
    }
    return result;
  }

  /** A number within 0..1. */
  Double fraction(Node node, String field) {
    if (!(node instanceof ScalarNode)
        || !(Tag.INT.equals(node.getTag()) || Tag.FLOAT.equals(node.getTag()))) {
      problems.add(field, node, "must be a number within 0..1");
      return null;
    }
    double result;
    try {
      result = Double.parseDouble(((ScalarNode) node).getValue());
    } catch (NumberFormatException e) {
      problems.add(field, node, "must be a number within 0..1");
      return null;
    }
    if (!(result >= 0.0 && result <= 1.0)) {
      problems.add(field, node, "must be within 0..1");
      return null;
    }
    return result;
  }

  Boolean bool(Node node, String field) {
    if (!(node instanceof ScalarNode) || !Tag.BOOL.equals(node.getTag())) {
      problems.add(field, node, "must be true or false");
      return null;
    }
    return Boolean.parseBoolean(((ScalarNode) node).getValue().toLowerCase(Locale.ROOT));
  }

  /** The flag at {@code key} of a mapping, or {@code fallback} when the key is absent. */
  Boolean flag(Map<String, Node> keys, String key, String path, boolean fallback) {
    Node node = keys.get(key);
    return node == null ? Boolean.valueOf(fallback) : bool(node, path + "." + key);
  }

  /** An entity kind written as text. */
  EntityKind kind(Node node, String field) {
    String value = text(node, field);
    if (value == null) {
      return null;
    }
    var kind = kindNamed(value);
    if (kind.isEmpty()) {
      problems.add(field, node, "is not an entity kind");
      return null;
    }
    return kind.get();
  }

  /** Kinds are written as the spec writes them: upper case. */
  static Optional<EntityKind> kindNamed(String name) {
    for (var kind : EntityKind.values()) {
      if (kind.name().equals(name)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }

  /** The key node of {@code key} in a mapping, or the mapping itself when it has no such key. */
  static Node keyNodeOf(MappingNode map, String key) {
    for (NodeTuple tuple : map.getValue()) {
      if (tuple.getKeyNode() instanceof ScalarNode
          && ((ScalarNode) tuple.getKeyNode()).getValue().equals(key)) {
        return tuple.getKeyNode();
      }
    }
    return map;
  }
}
