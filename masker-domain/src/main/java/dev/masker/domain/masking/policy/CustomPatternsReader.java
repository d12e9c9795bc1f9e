package dev.masker.domain.masking.policy;

import dev.masker.domain.masking.EntityKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * The {@code custom_patterns} section of a policy: at most {@value
 * PolicyParser#MAX_CUSTOM_PATTERNS} patterns, each a kind, a regular expression that passes {@link
 * RegexSafety}, and a confidence.
 */
final class CustomPatternsReader {
  private static final Set<String> PATTERN_KEYS = Set.of("kind", "pattern", "confidence");

  private final PolicyProblems problems;
  private final YamlValues values;

  CustomPatternsReader(PolicyProblems problems, YamlValues values) {
    this.problems = problems;
    this.values = values;
  }

  /** The patterns, or {@code null} when any is wrong (each problem reported). */
  List<CustomPattern> patterns(Node node) {
    if (!(node instanceof SequenceNode)) {
      problems.add("custom_patterns", node, "must be a list of patterns");
      return null;
    }
    var items = ((SequenceNode) node).getValue();
    if (items.size() > PolicyParser.MAX_CUSTOM_PATTERNS) {
      problems.add(
          "custom_patterns",
          node,
          "must hold at most " + PolicyParser.MAX_CUSTOM_PATTERNS + " patterns");
      return null;
    }
    var patterns = new ArrayList<CustomPattern>();
    boolean ok = true;
    for (int i = 0; i < items.size(); i++) {
      var pattern = pattern(items.get(i), "custom_patterns[" + i + "]");
      if (pattern == null) {
        ok = false;
      } else {
        patterns.add(pattern);
      }
    }
    return ok ? patterns : null;
  }

  private CustomPattern pattern(Node node, String field) {
    if (!(node instanceof MappingNode)) {
      problems.add(field, node, "must be a mapping with kind, pattern and confidence");
      return null;
    }
    var map = (MappingNode) node;
    var keys = values.keys(map, field, PATTERN_KEYS);
    int before = problems.count();
    EntityKind kind =
        values
            .required(keys, map, "kind", field)
            .map(n -> values.kind(n, field + ".kind"))
            .orElse(null);
    Node patternNode = values.required(keys, map, "pattern", field).orElse(null);
    String pattern = patternNode == null ? null : values.text(patternNode, field + ".pattern");
    Double confidence =
        keys.containsKey("confidence")
            ? values.fraction(keys.get("confidence"), field + ".confidence")
            : Double.valueOf(PolicyParser.DEFAULT_PATTERN_CONFIDENCE);
    if (pattern != null) {
      var verdict = RegexSafety.check(pattern);
      if (verdict instanceof RegexSafety.Unsafe unsafe) {
        problems.add(field + ".pattern", patternNode, unsafe.issue());
        return null;
      }
    }
    if (problems.count() != before || kind == null || pattern == null || confidence == null) {
      return null;
    }
    return new CustomPattern(kind, pattern, confidence);
  }
}
