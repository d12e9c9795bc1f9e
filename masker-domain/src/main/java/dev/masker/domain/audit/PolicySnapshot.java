package dev.masker.domain.audit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * A policy's YAML as a report shows it: the text as written, except that every value of its {@code
 * allow_list} and {@code deny_list} reads {@value #WITHHELD}. Those lists hold the account's own
 * values (names it always masks, names it never does), which are personal data and have no place in
 * a report; the rest of the policy, comments included, is shown as written.
 */
public final class PolicySnapshot {
  /** What stands in a snapshot for a listed value. */
  public static final String WITHHELD = "'[withheld]'";

  private static final LoadSettings SETTINGS =
      LoadSettings.builder()
          .setLabel("policy")
          .setSchema(new CoreSchema())
          .setAllowDuplicateKeys(false)
          .setParseComments(false)
          .build();

  private PolicySnapshot() {}

  /**
   * The YAML with the list values withheld; a document that does not parse (it parsed when it was
   * stored, so this is not expected) gives a note instead, never the text.
   */
  public static String of(String yaml) {
    Optional<Node> root;
    try {
      root = new Compose(SETTINGS).composeString(yaml);
    } catch (YamlEngineException e) {
      return "# the policy's YAML could not be read again and is not shown\n";
    }
    if (root.isEmpty() || !(root.get() instanceof MappingNode mapping)) {
      return yaml;
    }
    var values = new ArrayList<ScalarNode>();
    for (var tuple : mapping.getValue()) {
      if (tuple.getKeyNode() instanceof ScalarNode key
          && (key.getValue().equals("allow_list") || key.getValue().equals("deny_list"))) {
        collectValues(tuple.getValueNode(), key.getValue().equals("deny_list"), values);
      }
    }
    return withheld(yaml, values);
  }

  /** The list's values: its scalars for an allow list, the {@code value} of each deny entry. */
  private static void collectValues(Node list, boolean deny, List<ScalarNode> out) {
    if (!(list instanceof SequenceNode sequence)) {
      return;
    }
    for (var item : sequence.getValue()) {
      if (!deny && item instanceof ScalarNode scalar) {
        out.add(scalar);
      } else if (deny && item instanceof MappingNode entry) {
        for (var member : entry.getValue()) {
          if (member.getKeyNode() instanceof ScalarNode key
              && key.getValue().equals("value")
              && member.getValueNode() instanceof ScalarNode value) {
            out.add(value);
          }
        }
      }
    }
  }

  /** The text with each scalar's span (code points, as the parser counts) replaced. */
  private static String withheld(String yaml, List<ScalarNode> values) {
    if (values.isEmpty()) {
      return yaml;
    }
    values.sort(Comparator.comparingInt(node -> node.getStartMark().get().getIndex()));
    int[] points = yaml.codePoints().toArray();
    var out = new StringBuilder(yaml.length());
    int at = 0;
    for (var value : values) {
      int start = value.getStartMark().get().getIndex();
      int end = value.getEndMark().get().getIndex();
      if (start < at) {
        continue;
      }
      out.append(new String(points, at, start - at)).append(WITHHELD);
      at = end;
    }
    out.append(new String(points, at, points.length - at));
    return out.toString();
  }
}
