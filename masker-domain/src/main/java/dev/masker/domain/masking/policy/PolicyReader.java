package dev.masker.domain.masking.policy;

import dev.masker.domain.common.InvalidValue;
import dev.masker.domain.masking.EntityKind;
import dev.masker.domain.masking.Pass;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Reads the top of a policy document: its header (name, version, kid, description, tokenization,
 * passes), then each section through its reader, in document order of the spec, so that header
 * problems come first. Every section is read even after a problem, so that all of them are reported
 * at once.
 */
final class PolicyReader {
  private static final List<Pass> DEFAULT_PASSES = List.of(Pass.REGEX, Pass.LEXICON);

  private static final Set<String> TOP_KEYS =
      Set.of(
          "name",
          "version",
          "description",
          "kid",
          "tokenization",
          "passes",
          "entities",
          "custom_patterns",
          "allow_list",
          "deny_list",
          "audit",
          "known_values",
          "ner",
          "content_parts",
          "extra_fields");

  private final PolicyProblems problems;
  private final YamlValues values;
  private final EntityRulesReader entities;
  private final CustomPatternsReader patterns;
  private final ValueListsReader lists;
  private final SettingsReader settings;

  PolicyReader(PolicyProblems problems) {
    this.problems = problems;
    this.values = new YamlValues(problems);
    this.entities = new EntityRulesReader(problems, values);
    this.patterns = new CustomPatternsReader(problems, values);
    this.lists = new ValueListsReader(problems, values);
    this.settings = new SettingsReader(problems, values);
  }

  /** The policy of a document whose root is a mapping, or {@code null} with problems reported. */
  Policy policy(MappingNode root, String yaml) {
    var keys = values.keys(root, "", TOP_KEYS);
    String name = values.required(keys, root, "name").map(n -> values.text(n, "name")).orElse(null);
    Integer version =
        values
            .required(keys, root, "version")
            .map(n -> values.integer(n, "version", 1))
            .orElse(null);
    String kid = values.required(keys, root, "kid").map(this::kid).orElse(null);
    String description =
        Optional.ofNullable(keys.get("description"))
            .map(n -> values.text(n, "description"))
            .orElse("");
    if (name != null && name.length() > Policy.MAX_NAME_LENGTH) {
      problems.add(
          "name", keys.get("name"), "must be at most " + Policy.MAX_NAME_LENGTH + " chars");
      name = null;
    }
    Tokenization tokenization =
        Optional.ofNullable(keys.get("tokenization"))
            .map(this::tokenization)
            .orElse(Tokenization.VAULT_DETERMINISTIC);
    List<Pass> passes =
        Optional.ofNullable(keys.get("passes")).map(this::passes).orElse(DEFAULT_PASSES);
    Map<EntityKind, EntityRule> rules =
        Optional.ofNullable(keys.get("entities")).map(entities::entities).orElse(Map.of());
    List<CustomPattern> custom =
        Optional.ofNullable(keys.get("custom_patterns")).map(patterns::patterns).orElse(List.of());
    List<String> allow =
        Optional.ofNullable(keys.get("allow_list")).map(lists::allowList).orElse(List.of());
    List<DenyEntry> deny =
        Optional.ofNullable(keys.get("deny_list")).map(lists::denyList).orElse(List.of());
    AuditSettings audit =
        Optional.ofNullable(keys.get("audit")).map(settings::audit).orElse(AuditSettings.DEFAULT);
    KnownValueSettings knownValues =
        Optional.ofNullable(keys.get("known_values"))
            .map(settings::knownValues)
            .orElse(KnownValueSettings.DEFAULT);
    NerSettings ner =
        Optional.ofNullable(keys.get("ner")).map(settings::ner).orElse(NerSettings.DEFAULT);
    Set<String> parts =
        Optional.ofNullable(keys.get("content_parts")).map(settings::contentParts).orElse(Set.of());
    Map<String, RequestRules.ExtraField> extraFields =
        Optional.ofNullable(keys.get("extra_fields")).map(settings::extraFields).orElse(Map.of());
    if (!problems.isEmpty()
        || name == null
        || version == null
        || kid == null
        || description == null
        || tokenization == null
        || passes == null
        || rules == null
        || custom == null
        || allow == null
        || deny == null
        || audit == null
        || knownValues == null
        || ner == null
        || parts == null
        || extraFields == null) {
      if (problems.isEmpty()) {
        problems.add(
            new PolicyProblem("policy", PolicyProblems.line(root), "is not a valid policy"));
      }
      return null;
    }
    try {
      return Policy.of(
          name,
          version,
          description,
          kid,
          tokenization,
          passes,
          rules,
          custom,
          allow,
          deny,
          audit,
          knownValues,
          new RequestRules(parts, extraFields),
          ner,
          yaml);
    } catch (InvalidValue e) {
      problems.add(new PolicyProblem(e.field(), PolicyProblems.line(root), e.issue()));
      return null;
    }
  }

  private String kid(Node node) {
    String value = values.text(node, "kid");
    if (value != null && !value.matches("[A-Z][A-Z0-9_]{0,63}")) {
      problems.add("kid", node, "must match [A-Z][A-Z0-9_]* (at most 64 chars)");
      return null;
    }
    return value;
  }

  private Tokenization tokenization(Node node) {
    String value = values.text(node, "tokenization");
    if (value == null) {
      return null;
    }
    for (var tokenization : Tokenization.values()) {
      if (tokenization.wireName().equals(value)) {
        return tokenization;
      }
    }
    problems.add("tokenization", node, "must be vault-deterministic, reversible-aead or synthetic");
    return null;
  }

  private List<Pass> passes(Node node) {
    if (!(node instanceof SequenceNode)) {
      problems.add("passes", node, "must be a list of passes");
      return null;
    }
    var items = ((SequenceNode) node).getValue();
    if (items.isEmpty()) {
      problems.add("passes", node, "must list at least one pass");
      return null;
    }
    var passes = new ArrayList<Pass>();
    boolean ok = true;
    for (int i = 0; i < items.size(); i++) {
      String field = "passes[" + i + "]";
      String value = values.text(items.get(i), field);
      if (value == null) {
        ok = false;
        continue;
      }
      var pass = Pass.fromWireName(value);
      if (pass.isEmpty()) {
        problems.add(field, items.get(i), "must be regex, lexicon or ner");
        ok = false;
      } else if (passes.contains(pass.get())) {
        problems.add(field, items.get(i), "lists a pass already listed");
        ok = false;
      } else {
        passes.add(pass.get());
      }
    }
    return ok ? passes : null;
  }
}
