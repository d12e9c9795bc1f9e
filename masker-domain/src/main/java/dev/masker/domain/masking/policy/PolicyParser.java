package dev.masker.domain.masking.policy;

import dev.masker.domain.common.InvalidValue;
import dev.masker.domain.masking.Action;
import dev.masker.domain.masking.EntityKind;
import dev.masker.domain.masking.Pass;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Reads a policy YAML (SPEC §9) and checks it whole: every problem found is reported, each with its
 * field path and 1-based line, never with the value (allow and deny lists hold personal data).
 *
 * <p>The YAML is composed into a node tree (no objects are constructed from tags), after a first
 * pass over its events refuses anchors and aliases (no billion laughs). Documents over {@value
 * #MAX_YAML_BYTES} bytes are refused before they are read.
 */
public final class PolicyParser {
  /** The largest YAML document read, in UTF-8 bytes. */
  public static final int MAX_YAML_BYTES = 256 * 1024;

  /** The most custom patterns a policy may have. */
  public static final int MAX_CUSTOM_PATTERNS = 100;

  /** The most allow-list or deny-list entries a policy may have. */
  public static final int MAX_LIST_ENTRIES = 10_000;

  /** The longest allow-list or deny-list value, in chars. */
  public static final int MAX_VALUE_LENGTH = DenyEntry.MAX_LENGTH;

  /** The confidence of a custom pattern that does not give one. */
  public static final double DEFAULT_PATTERN_CONFIDENCE = 0.8;

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
          "content_parts",
          "extra_fields");
  private static final Set<String> RULE_KEYS =
      Set.of("enabled", "regex", "lexicon", "ner", "confidence_threshold", "action");
  private static final Set<String> PATTERN_KEYS = Set.of("kind", "pattern", "confidence");
  private static final Set<String> DENY_KEYS = Set.of("kind", "value");

  /** Request fields the proxy has a rule for: an extra-field entry cannot override them. */
  private static final Set<String> RESERVED_FIELDS = Set.of("model", "messages", "stream", "user");

  private static final Set<String> KNOWN_VALUE_KEYS = Set.of("name_parts", "last_four_digits");
  private static final Set<String> AUDIT_KEYS =
      Set.of("log_events", "log_payloads", "retention_days");

  private static final LoadSettings SETTINGS =
      LoadSettings.builder()
          .setLabel("policy")
          .setSchema(new CoreSchema())
          .setAllowDuplicateKeys(false)
          .setAllowRecursiveKeys(false)
          .setAllowNonScalarKeys(true)
          .setMaxAliasesForCollections(1)
          .setCodePointLimit(MAX_YAML_BYTES + 1)
          .setParseComments(false)
          .build();

  private PolicyParser() {}

  /** The outcome of reading a policy YAML. */
  public sealed interface Result permits Parsed, Invalid {
    /**
     * The function for this case applied to it: a case added here fails to compile at every caller
     * until it is handled.
     */
    <T> T fold(Function<Parsed, ? extends T> parsed, Function<Invalid, ? extends T> invalid);
  }

  /** The YAML is a valid policy. */
  public record Parsed(Policy policy) implements Result {
    @Override
    public <T> T fold(
        Function<Parsed, ? extends T> parsed, Function<Invalid, ? extends T> invalid) {
      return parsed.apply(this);
    }
  }

  /** The YAML was refused, for all these reasons (at least one), header fields first. */
  public record Invalid(List<PolicyProblem> problems) implements Result {
    public Invalid {
      problems = List.copyOf(problems);
      if (problems.isEmpty()) {
        throw new IllegalArgumentException("an invalid policy has at least one problem");
      }
    }

    @Override
    public <T> T fold(
        Function<Parsed, ? extends T> parsed, Function<Invalid, ? extends T> invalid) {
      return invalid.apply(this);
    }
  }

  /** Reads and checks a policy YAML. Never throws for bad input: problems are the result. */
  public static Result parse(String yaml) {
    if (yaml == null) {
      return new Invalid(List.of(new PolicyProblem("policy", 1, "is required")));
    }
    if (utf8Length(yaml) > MAX_YAML_BYTES) {
      return new Invalid(
          List.of(new PolicyProblem("policy", 1, "must be at most " + MAX_YAML_BYTES + " bytes")));
    }
    var problems = new ArrayList<PolicyProblem>();
    Optional<Node> root;
    try {
      refuseAliases(yaml, problems);
      if (!problems.isEmpty()) {
        return new Invalid(problems);
      }
      root = new Compose(SETTINGS).composeString(yaml);
    } catch (MarkedYamlEngineException e) {
      var mark = e.getProblemMark().or(e::getContextMark);
      return new Invalid(
          List.of(
              new PolicyProblem(
                  "policy", line(mark), "is not valid YAML: " + withoutQuotes(e.getProblem()))));
    } catch (YamlEngineException e) {
      return new Invalid(List.of(new PolicyProblem("policy", 1, "is not valid YAML")));
    }
    if (root.isEmpty() || !(root.get() instanceof MappingNode)) {
      int at = root.map(PolicyParser::line).orElse(1);
      return new Invalid(List.of(new PolicyProblem("policy", at, "must be a mapping of keys")));
    }
    var reader = new Reader(problems);
    var policy = reader.policy((MappingNode) root.get(), yaml);
    if (!problems.isEmpty() || policy == null) {
      return new Invalid(problems);
    }
    return new Parsed(policy);
  }

  /** A first pass over the events: anchors and aliases are refused, wherever they are. */
  private static void refuseAliases(String yaml, List<PolicyProblem> problems) {
    for (Event event : new Parse(SETTINGS).parseString(yaml)) {
      if (event instanceof AliasEvent) {
        problems.add(
            new PolicyProblem("policy", line(event.getStartMark()), "must not use YAML aliases"));
      } else if (event instanceof NodeEvent && ((NodeEvent) event).getAnchor().isPresent()) {
        problems.add(
            new PolicyProblem("policy", line(event.getStartMark()), "must not use YAML anchors"));
      }
    }
  }

  private static int utf8Length(String text) {
    long bytes = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        bytes++;
      } else if (c < 0x800) {
        bytes += 2;
      } else if (Character.isHighSurrogate(c)) {
        bytes += 4;
        i++;
      } else {
        bytes += 3;
      }
      if (bytes > MAX_YAML_BYTES) {
        return MAX_YAML_BYTES + 1;
      }
    }
    return (int) bytes;
  }

  private static int line(Optional<Mark> mark) {
    return mark.map(m -> m.getLine() + 1).orElse(1);
  }

  private static int line(Node node) {
    return line(node.getStartMark());
  }

  private static final java.util.regex.Pattern QUOTED =
      java.util.regex.Pattern.compile("(['\"])([^'\"]{0,40})\\1");

  private static boolean isPunctuation(String quoted) {
    return quoted.length() <= 3 && quoted.chars().noneMatch(Character::isLetterOrDigit);
  }

  /** The parser's own words, without any quoted text of the document. */
  private static String withoutQuotes(String problem) {
    if (problem == null) {
      return "syntax error";
    }
    // Quoted punctuation (expected ',' or '}') is syntax and kept; any other quoted text goes.
    return QUOTED.matcher(problem).replaceAll(m -> isPunctuation(m.group(2)) ? m.group() : "text");
  }

  /** Walks the node tree, collecting problems. */
  private static final class Reader {
    private final List<PolicyProblem> problems;

    Reader(List<PolicyProblem> problems) {
      this.problems = problems;
    }

    private void problem(String field, Node node, String issue) {
      problems.add(new PolicyProblem(field, line(node), issue));
    }

    Policy policy(MappingNode root, String yaml) {
      var keys = keys(root, "", TOP_KEYS);
      String name = required(keys, root, "name").map(n -> text(n, "name")).orElse(null);
      Integer version =
          required(keys, root, "version").map(n -> integer(n, "version", 1)).orElse(null);
      String kid = required(keys, root, "kid").map(this::kid).orElse(null);
      String description =
          Optional.ofNullable(keys.get("description")).map(n -> text(n, "description")).orElse("");
      if (name != null && name.length() > Policy.MAX_NAME_LENGTH) {
        problem("name", keys.get("name"), "must be at most " + Policy.MAX_NAME_LENGTH + " chars");
        name = null;
      }
      Tokenization tokenization =
          Optional.ofNullable(keys.get("tokenization"))
              .map(this::tokenization)
              .orElse(Tokenization.VAULT_DETERMINISTIC);
      List<Pass> passes =
          Optional.ofNullable(keys.get("passes")).map(this::passes).orElse(DEFAULT_PASSES);
      Map<EntityKind, EntityRule> rules =
          Optional.ofNullable(keys.get("entities")).map(this::entities).orElse(Map.of());
      List<CustomPattern> patterns =
          Optional.ofNullable(keys.get("custom_patterns")).map(this::patterns).orElse(List.of());
      List<String> allow =
          Optional.ofNullable(keys.get("allow_list")).map(this::allowList).orElse(List.of());
      List<DenyEntry> deny =
          Optional.ofNullable(keys.get("deny_list")).map(this::denyList).orElse(List.of());
      AuditSettings audit =
          Optional.ofNullable(keys.get("audit")).map(this::audit).orElse(AuditSettings.DEFAULT);
      KnownValueSettings knownValues =
          Optional.ofNullable(keys.get("known_values"))
              .map(this::knownValues)
              .orElse(KnownValueSettings.DEFAULT);
      Set<String> parts =
          Optional.ofNullable(keys.get("content_parts")).map(this::contentParts).orElse(Set.of());
      Map<String, RequestRules.ExtraField> extraFields =
          Optional.ofNullable(keys.get("extra_fields")).map(this::extraFields).orElse(Map.of());
      if (!problems.isEmpty()
          || name == null
          || version == null
          || kid == null
          || description == null
          || tokenization == null
          || passes == null
          || rules == null
          || patterns == null
          || allow == null
          || deny == null
          || audit == null
          || knownValues == null
          || parts == null
          || extraFields == null) {
        if (problems.isEmpty()) {
          problems.add(new PolicyProblem("policy", line(root), "is not a valid policy"));
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
            patterns,
            allow,
            deny,
            audit,
            knownValues,
            new RequestRules(parts, extraFields),
            yaml);
      } catch (InvalidValue e) {
        problems.add(new PolicyProblem(e.field(), line(root), e.issue()));
        return null;
      }
    }

    /**
     * The values of a mapping by key, in document order; unknown, duplicate and non-text keys are
     * reported. With {@code known} null every key is accepted (checked by the caller).
     */
    private Map<String, Node> keys(MappingNode map, String path, Set<String> known) {
      var values = new LinkedHashMap<String, Node>();
      for (NodeTuple tuple : map.getValue()) {
        Node keyNode = tuple.getKeyNode();
        if (!(keyNode instanceof ScalarNode) || ((ScalarNode) keyNode).getValue().isEmpty()) {
          problem(path.isEmpty() ? "policy" : path, keyNode, "has a key that is not a name");
          continue;
        }
        String key = ((ScalarNode) keyNode).getValue();
        String field = child(path, key);
        if (known != null && !known.contains(key)) {
          problem(field, keyNode, "is not a known key");
          continue;
        }
        if (values.containsKey(key)) {
          problem(field, keyNode, "is given twice");
          continue;
        }
        values.put(key, tuple.getValueNode());
      }
      return values;
    }

    private static String child(String path, String key) {
      String shown = key.length() > 40 ? key.substring(0, 40) + "…" : key;
      shown = shown.replaceAll("\\p{Cntrl}", "?");
      return path.isEmpty() ? shown : path + "." + shown;
    }

    private Optional<Node> required(Map<String, Node> keys, MappingNode map, String key) {
      Node node = keys.get(key);
      if (node == null) {
        problem(key, map, "is required");
      }
      return Optional.ofNullable(node);
    }

    /** A scalar read as text: strings, numbers and booleans, not null, not a collection. */
    private String text(Node node, String field) {
      if (!(node instanceof ScalarNode)) {
        problem(field, node, "must be text, not a list or a mapping");
        return null;
      }
      var tag = node.getTag();
      if (Tag.NULL.equals(tag)) {
        problem(field, node, "must not be empty");
        return null;
      }
      if (!(Tag.STR.equals(tag)
          || Tag.INT.equals(tag)
          || Tag.FLOAT.equals(tag)
          || Tag.BOOL.equals(tag))) {
        problem(field, node, "has an unsupported YAML tag");
        return null;
      }
      String value = ((ScalarNode) node).getValue();
      if (value.isBlank()) {
        problem(field, node, "must not be empty");
        return null;
      }
      return value;
    }

    private Integer integer(Node node, String field, int min) {
      if (!(node instanceof ScalarNode) || !Tag.INT.equals(node.getTag())) {
        problem(field, node, "must be a whole number");
        return null;
      }
      String value = ((ScalarNode) node).getValue();
      int result;
      try {
        result = Integer.parseInt(value.startsWith("+") ? value.substring(1) : value);
      } catch (NumberFormatException e) {
        problem(field, node, "must be a decimal whole number that fits in 32 bits");
        return null;
      }
      if (result < min) {
        problem(field, node, "must be at least " + min);
        return null;
      }
      return result;
    }

    private Double fraction(Node node, String field) {
      if (!(node instanceof ScalarNode)
          || !(Tag.INT.equals(node.getTag()) || Tag.FLOAT.equals(node.getTag()))) {
        problem(field, node, "must be a number within 0..1");
        return null;
      }
      double result;
      try {
        result = Double.parseDouble(((ScalarNode) node).getValue());
      } catch (NumberFormatException e) {
        problem(field, node, "must be a number within 0..1");
        return null;
      }
      if (!(result >= 0.0 && result <= 1.0)) {
        problem(field, node, "must be within 0..1");
        return null;
      }
      return result;
    }

    private Boolean bool(Node node, String field) {
      if (!(node instanceof ScalarNode) || !Tag.BOOL.equals(node.getTag())) {
        problem(field, node, "must be true or false");
        return null;
      }
      return Boolean.parseBoolean(
          ((ScalarNode) node).getValue().toLowerCase(java.util.Locale.ROOT));
    }

    private String kid(Node node) {
      String value = text(node, "kid");
      if (value != null && !value.matches("[A-Z][A-Z0-9_]{0,63}")) {
        problem("kid", node, "must match [A-Z][A-Z0-9_]* (at most 64 chars)");
        return null;
      }
      return value;
    }

    private Tokenization tokenization(Node node) {
      String value = text(node, "tokenization");
      if (value == null) {
        return null;
      }
      for (var tokenization : Tokenization.values()) {
        if (tokenization.wireName().equals(value)) {
          return tokenization;
        }
      }
      problem("tokenization", node, "must be vault-deterministic, reversible-aead or synthetic");
      return null;
    }

    private List<Pass> passes(Node node) {
      if (!(node instanceof SequenceNode)) {
        problem("passes", node, "must be a list of passes");
        return null;
      }
      var items = ((SequenceNode) node).getValue();
      if (items.isEmpty()) {
        problem("passes", node, "must list at least one pass");
        return null;
      }
      var passes = new ArrayList<Pass>();
      boolean ok = true;
      for (int i = 0; i < items.size(); i++) {
        String field = "passes[" + i + "]";
        String value = text(items.get(i), field);
        if (value == null) {
          ok = false;
          continue;
        }
        var pass = Pass.fromWireName(value);
        if (pass.isEmpty()) {
          problem(field, items.get(i), "must be regex, lexicon or ner");
          ok = false;
        } else if (passes.contains(pass.get())) {
          problem(field, items.get(i), "lists a pass already listed");
          ok = false;
        } else {
          passes.add(pass.get());
        }
      }
      return ok ? passes : null;
    }

    private Map<EntityKind, EntityRule> entities(Node node) {
      if (!(node instanceof MappingNode)) {
        problem("entities", node, "must be a mapping of entity kinds to rules");
        return null;
      }
      var rules = new EnumMap<EntityKind, EntityRule>(EntityKind.class);
      boolean ok = true;
      for (var entry : keys((MappingNode) node, "entities", null).entrySet()) {
        String field = child("entities", entry.getKey());
        Optional<EntityKind> kind = kindNamed(entry.getKey());
        if (kind.isEmpty()) {
          problem(field, keyNodeOf((MappingNode) node, entry.getKey()), "is not an entity kind");
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

    private static Node keyNodeOf(MappingNode map, String key) {
      for (NodeTuple tuple : map.getValue()) {
        if (tuple.getKeyNode() instanceof ScalarNode
            && ((ScalarNode) tuple.getKeyNode()).getValue().equals(key)) {
          return tuple.getKeyNode();
        }
      }
      return map;
    }

    /** Kinds are written as the spec writes them: upper case. */
    private static Optional<EntityKind> kindNamed(String name) {
      for (var kind : EntityKind.values()) {
        if (kind.name().equals(name)) {
          return Optional.of(kind);
        }
      }
      return Optional.empty();
    }

    private EntityRule rule(Node node, String field) {
      if (!(node instanceof MappingNode)) {
        problem(field, node, "must be a mapping of rule settings");
        return null;
      }
      var keys = keys((MappingNode) node, field, RULE_KEYS);
      int before = problems.size();
      var d = EntityRule.DEFAULT;
      Boolean enabled = flag(keys, "enabled", field, d.enabled());
      Boolean regex = flag(keys, "regex", field, d.regex());
      Boolean lexicon = flag(keys, "lexicon", field, d.lexicon());
      Boolean ner = flag(keys, "ner", field, d.ner());
      Double threshold =
          keys.containsKey("confidence_threshold")
              ? fraction(keys.get("confidence_threshold"), field + ".confidence_threshold")
              : Double.valueOf(d.confidenceThreshold());
      Action action = d.action();
      if (keys.containsKey("action")) {
        Node actionNode = keys.get("action");
        String value = text(actionNode, field + ".action");
        action = value == null ? null : Action.fromWireName(value).orElse(null);
        if (value != null && action == null) {
          problem(field + ".action", actionNode, "must be tokenize, redact or passthrough");
        }
      }
      if (problems.size() != before
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

    private Boolean flag(Map<String, Node> keys, String key, String path, boolean fallback) {
      Node node = keys.get(key);
      return node == null ? Boolean.valueOf(fallback) : bool(node, path + "." + key);
    }

    private EntityKind kind(Node node, String field) {
      String value = text(node, field);
      if (value == null) {
        return null;
      }
      var kind = kindNamed(value);
      if (kind.isEmpty()) {
        problem(field, node, "is not an entity kind");
        return null;
      }
      return kind.get();
    }

    private List<CustomPattern> patterns(Node node) {
      if (!(node instanceof SequenceNode)) {
        problem("custom_patterns", node, "must be a list of patterns");
        return null;
      }
      var items = ((SequenceNode) node).getValue();
      if (items.size() > MAX_CUSTOM_PATTERNS) {
        problem("custom_patterns", node, "must hold at most " + MAX_CUSTOM_PATTERNS + " patterns");
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
        problem(field, node, "must be a mapping with kind, pattern and confidence");
        return null;
      }
      var map = (MappingNode) node;
      var keys = keys(map, field, PATTERN_KEYS);
      int before = problems.size();
      EntityKind kind =
          required(keys, map, "kind", field).map(n -> kind(n, field + ".kind")).orElse(null);
      Node patternNode = required(keys, map, "pattern", field).orElse(null);
      String pattern = patternNode == null ? null : text(patternNode, field + ".pattern");
      Double confidence =
          keys.containsKey("confidence")
              ? fraction(keys.get("confidence"), field + ".confidence")
              : Double.valueOf(DEFAULT_PATTERN_CONFIDENCE);
      if (pattern != null) {
        var verdict = RegexSafety.check(pattern);
        if (verdict instanceof RegexSafety.Unsafe) {
          problem(field + ".pattern", patternNode, ((RegexSafety.Unsafe) verdict).issue());
          return null;
        }
      }
      if (problems.size() != before || kind == null || pattern == null || confidence == null) {
        return null;
      }
      return new CustomPattern(kind, pattern, confidence);
    }

    private Optional<Node> required(
        Map<String, Node> keys, MappingNode map, String key, String path) {
      Node node = keys.get(key);
      if (node == null) {
        problem(path + "." + key, map, "is required");
      }
      return Optional.ofNullable(node);
    }

    private List<String> allowList(Node node) {
      if (!(node instanceof SequenceNode)) {
        problem("allow_list", node, "must be a list of values");
        return null;
      }
      var items = ((SequenceNode) node).getValue();
      if (items.size() > MAX_LIST_ENTRIES) {
        problem("allow_list", node, "must hold at most " + MAX_LIST_ENTRIES + " values");
        return null;
      }
      var values = new ArrayList<String>();
      boolean ok = true;
      for (int i = 0; i < items.size(); i++) {
        String field = "allow_list[" + i + "]";
        String value = value(items.get(i), field);
        if (value == null) {
          ok = false;
        } else {
          values.add(value);
        }
      }
      return ok ? values : null;
    }

    /** An allow or deny value: text, not empty, not too long. */
    private String value(Node node, String field) {
      String value = text(node, field);
      if (value != null && value.length() > MAX_VALUE_LENGTH) {
        problem(field, node, "must be at most " + MAX_VALUE_LENGTH + " chars");
        return null;
      }
      return value;
    }

    private List<DenyEntry> denyList(Node node) {
      if (!(node instanceof SequenceNode)) {
        problem("deny_list", node, "must be a list of {kind, value} entries");
        return null;
      }
      var items = ((SequenceNode) node).getValue();
      if (items.size() > MAX_LIST_ENTRIES) {
        problem("deny_list", node, "must hold at most " + MAX_LIST_ENTRIES + " entries");
        return null;
      }
      var entries = new ArrayList<DenyEntry>();
      var seen = new HashSet<DenyEntry>();
      boolean ok = true;
      for (int i = 0; i < items.size(); i++) {
        String field = "deny_list[" + i + "]";
        Node item = items.get(i);
        if (!(item instanceof MappingNode)) {
          problem(field, item, "must be a mapping with kind and value");
          ok = false;
          continue;
        }
        var map = (MappingNode) item;
        var keys = keys(map, field, DENY_KEYS);
        int before = problems.size();
        EntityKind kind =
            required(keys, map, "kind", field).map(n -> kind(n, field + ".kind")).orElse(null);
        String value =
            required(keys, map, "value", field).map(n -> value(n, field + ".value")).orElse(null);
        if (problems.size() != before || kind == null || value == null) {
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

    private KnownValueSettings knownValues(Node node) {
      if (!(node instanceof MappingNode)) {
        problem("known_values", node, "must be a mapping of known-value settings");
        return null;
      }
      var keys = keys((MappingNode) node, "known_values", KNOWN_VALUE_KEYS);
      int before = problems.size();
      var d = KnownValueSettings.DEFAULT;
      Boolean nameParts = flag(keys, "name_parts", "known_values", d.nameParts());
      Boolean lastFour = flag(keys, "last_four_digits", "known_values", d.lastFourDigits());
      if (problems.size() != before || nameParts == null || lastFour == null) {
        return null;
      }
      return new KnownValueSettings(nameParts, lastFour);
    }

    private Set<String> contentParts(Node node) {
      if (!(node instanceof SequenceNode)) {
        problem("content_parts", node, "must be a list of content part types");
        return null;
      }
      var parts = new HashSet<String>();
      var items = ((SequenceNode) node).getValue();
      for (int i = 0; i < items.size(); i++) {
        String field = "content_parts[" + i + "]";
        String part = text(items.get(i), field);
        if (part == null) {
          continue;
        }
        if (!RequestRules.PASSABLE_PARTS.contains(part)) {
          problem(field, items.get(i), "must be one of image_url, file, input_audio");
        } else {
          parts.add(part);
        }
      }
      return parts;
    }

    private Map<String, RequestRules.ExtraField> extraFields(Node node) {
      if (!(node instanceof MappingNode)) {
        problem("extra_fields", node, "must be a mapping of field name to mask or strip");
        return null;
      }
      var keys = keys((MappingNode) node, "extra_fields", null);
      var fields = new LinkedHashMap<String, RequestRules.ExtraField>();
      if (keys.size() > MAX_LIST_ENTRIES) {
        problem("extra_fields", node, "must hold at most " + MAX_LIST_ENTRIES + " fields");
        return null;
      }
      for (var entry : keys.entrySet()) {
        String field = child("extra_fields", entry.getKey());
        if (!entry.getKey().matches("[A-Za-z0-9_.\\-]{1,64}")) {
          problem(field, entry.getValue(), "must name a field of [A-Za-z0-9_.-], 1 to 64 chars");
          continue;
        }
        if (RESERVED_FIELDS.contains(entry.getKey())) {
          problem(field, entry.getValue(), "is a field Masker already has a rule for");
          continue;
        }
        String action = text(entry.getValue(), field);
        if ("mask".equals(action)) {
          fields.put(entry.getKey(), RequestRules.ExtraField.MASK);
        } else if ("strip".equals(action)) {
          fields.put(entry.getKey(), RequestRules.ExtraField.STRIP);
        } else if (action != null) {
          problem(field, entry.getValue(), "must be mask or strip");
        }
      }
      return fields;
    }

    private AuditSettings audit(Node node) {
      if (!(node instanceof MappingNode)) {
        problem("audit", node, "must be a mapping of audit settings");
        return null;
      }
      var keys = keys((MappingNode) node, "audit", AUDIT_KEYS);
      int before = problems.size();
      var d = AuditSettings.DEFAULT;
      Boolean logEvents = flag(keys, "log_events", "audit", d.logEvents());
      Boolean logPayloads = flag(keys, "log_payloads", "audit", d.logPayloads());
      Integer retention =
          keys.containsKey("retention_days")
              ? integer(keys.get("retention_days"), "audit.retention_days", 1)
              : Integer.valueOf(d.retentionDays());
      if (problems.size() != before
          || logEvents == null
          || logPayloads == null
          || retention == null) {
        return null;
      }
      return new AuditSettings(logEvents, logPayloads, retention);
    }
  }
}
