package dev.masker.domain.masking.policy;

import dev.masker.domain.masking.Action;
import dev.masker.domain.masking.EntityKind;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;

/** The {@code entities} section of a policy: one rule per entity kind. */
final class EntityRulesReader {
  private static final Set<String> RULE_KEYS =
      Set.of("enabled", "regex", "lexicon", "ner", "confidence_threshold", "action");

  private final PolicyProblems problems;
  private final YamlValues values;

  EntityRulesReader(PolicyProblems problems, YamlValues values) {
    this.problems = problems;
    this.values = values;
  }

  /** The rules by kind, or {@code null} when any is wrong (each problem reported). */
  Map<EntityKind, EntityRule> entities(Node node) {
    if (!(node instanceof MappingNode)) {
      problems.add("entities", node, "must be a mapping of entity kinds to rules");
      return null;
    }
    var rules = new EnumMap<EntityKind, EntityRule>(EntityKind.class);
    boolean ok = true;
    for (var entry : values.keys((MappingNode) node, "entities", null).entrySet()) {
      String field = YamlValues.child("entities", entry.getKey());
      Optional<EntityKind> kind = YamlValues.kindNamed(entry.getKey());
      if (kind.isEmpty()) {
        problems.add(
            field,
            YamlValues.keyNodeOf((MappingNode) node, entry.getKey()),
            "is not an entity kind");
        ok = false;
        continue;
      }
      var rule = rule(entry.getValue(), field);
      if (rule == null) {
        ok = false;
      } else {
        rules.put(kind.get(), rule);
      }
    }
    return ok ? rules : null;
  }

  private EntityRule rule(Node node, String field) {
    if (!(node instanceof MappingNode)) {
      problems.add(field, node, "must be a mapping of rule settings");
      return null;
    }
    var keys = values.keys((MappingNode) node, field, RULE_KEYS);
    int before = problems.count();
    var d = EntityRule.DEFAULT;
    Boolean enabled = values.flag(keys, "enabled", field, d.enabled());
    Boolean regex = values.flag(keys, "regex", field, d.regex());
    Boolean lexicon = values.flag(keys, "lexicon", field, d.lexicon());
    Boolean ner = values.flag(keys, "ner", field, d.ner());
    Double threshold =
        keys.containsKey("confidence_threshold")
            ? values.fraction(keys.get("confidence_threshold"), field + ".confidence_threshold")
            : Double.valueOf(d.confidenceThreshold());
    Action action = d.action();
    if (keys.containsKey("action")) {
      Node actionNode = keys.get("action");
      String value = values.text(actionNode, field + ".action");
      action = value == null ? null : Action.fromWireName(value).orElse(null);
      if (value != null && action == null) {
        problems.add(field + ".action", actionNode, "must be tokenize, redact or passthrough");
      }
    }
    if (problems.count() != before
        || enabled == null
        || regex == null
        || lexicon == null
        || ner == null
        || threshold == null
        || action == null) {
      return null;
    }
    return new EntityRule(enabled, regex, lexicon, ner, threshold, action);
  }
}
