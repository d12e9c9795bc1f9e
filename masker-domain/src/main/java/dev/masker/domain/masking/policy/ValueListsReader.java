package dev.masker.domain.masking.policy;

import dev.masker.domain.masking.EntityKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * The {@code allow_list} and {@code deny_list} sections of a policy: at most {@value
 * PolicyParser#MAX_LIST_ENTRIES} values each, none longer than {@value
 * PolicyParser#MAX_VALUE_LENGTH} chars. The values are personal data: problems name their index,
 * never the value.
 */
final class ValueListsReader {
  private static final Set<String> DENY_KEYS = Set.of("kind", "value");

  private final PolicyProblems problems;
  private final YamlValues values;

  ValueListsReader(PolicyProblems problems, YamlValues values) {
    this.problems = problems;
    this.values = values;
  }

  /** The allow-list values, or {@code null} when any is wrong (each problem reported). */
  List<String> allowList(Node node) {
    if (!(node instanceof SequenceNode)) {
      problems.add("allow_list", node, "must be a list of values");
      return null;
    }
    var items = ((SequenceNode) node).getValue();
    if (items.size() > PolicyParser.MAX_LIST_ENTRIES) {
      problems.add(
          "allow_list", node, "must hold at most " + PolicyParser.MAX_LIST_ENTRIES + " values");
      return null;
    }
    var allowed = new ArrayList<String>();
    boolean ok = true;
    for (int i = 0; i < items.size(); i++) {
      String field = "allow_list[" + i + "]";
      String value = value(items.get(i), field);
      if (value == null) {
        ok = false;
      } else {
        allowed.add(value);
      }
    }
    return ok ? allowed : null;
  }

  /**
   * The deny-list entries without repeats, or {@code null} when any is wrong (each problem
   * reported).
   */
  List<DenyEntry> denyList(Node node) {
    if (!(node instanceof SequenceNode)) {
      problems.add("deny_list", node, "must be a list of {kind, value} entries");
      return null;
    }
    var items = ((SequenceNode) node).getValue();
    if (items.size() > PolicyParser.MAX_LIST_ENTRIES) {
      problems.add(
          "deny_list", node, "must hold at most " + PolicyParser.MAX_LIST_ENTRIES + " entries");
      return null;
    }
    var entries = new ArrayList<DenyEntry>();
    var seen = new HashSet<DenyEntry>();
    boolean ok = true;
    for (int i = 0; i < items.size(); i++) {
      String field = "deny_list[" + i + "]";
      Node item = items.get(i);
      if (!(item instanceof MappingNode)) {
        problems.add(field, item, "must be a mapping with kind and value");
        ok = false;
        continue;
      }
      var map = (MappingNode) item;
      var keys = values.keys(map, field, DENY_KEYS);
      int before = problems.count();
      EntityKind kind =
          values
              .required(keys, map, "kind", field)
              .map(n -> values.kind(n, field + ".kind"))
              .orElse(null);
      String value =
          values
              .required(keys, map, "value", field)
              .map(n -> value(n, field + ".value"))
              .orElse(null);
      if (problems.count() != before || kind == null || value == null) {
        ok = false;
        continue;
      }
      var entry = new DenyEntry(kind, value);
      if (seen.add(entry)) {
        entries.add(entry);
      }
    }
    return ok ? entries : null;
  }

  /** An allow or deny value: text, not empty, not too long. */
  private String value(Node node, String field) {
    String value = values.text(node, field);
    if (value != null && value.length() > PolicyParser.MAX_VALUE_LENGTH) {
      problems.add(field, node, "must be at most " + PolicyParser.MAX_VALUE_LENGTH + " chars");
      return null;
    }
    return value;
  }
}
