package dev.masker.domain.masking.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
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
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Reads a policy YAML (SPEC §9) and checks it whole: every problem found is reported, each with its
 * field path and 1-based line, never with the value (allow and deny lists hold personal data).
 *
 * <p>The YAML is composed into a node tree (no objects are constructed from tags), after a first
 * pass over its events refuses anchors and aliases (no billion laughs). Documents over {@value
 * #MAX_YAML_BYTES} bytes are refused before they are read. The tree is then read by {@link
 * PolicyReader} (the header) and one reader per section ({@link EntityRulesReader}, {@link
 * CustomPatternsReader}, {@link ValueListsReader}, {@link SettingsReader}), on typed values read by
 * {@link YamlValues}, all reporting to one {@link PolicyProblems}.
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
    Optional<Node> root;
    try {
      var aliases = refuseAliases(yaml);
      if (!aliases.isEmpty()) {
        return new Invalid(aliases);
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
    var problems = new PolicyProblems();
    var policy = new PolicyReader(problems).policy((MappingNode) root.get(), yaml);
    if (!problems.isEmpty() || policy == null) {
      return new Invalid(problems.all());
    }
    return new Parsed(policy);
  }

  /** A first pass over the events: anchors and aliases are refused, wherever they are. */
  private static List<PolicyProblem> refuseAliases(String yaml) {
    var problems = new ArrayList<PolicyProblem>();
    for (Event event : new Parse(SETTINGS).parseString(yaml)) {
      if (event instanceof AliasEvent) {
        problems.add(
            new PolicyProblem("policy", line(event.getStartMark()), "must not use YAML aliases"));
      } else if (event instanceof NodeEvent && ((NodeEvent) event).getAnchor().isPresent()) {
        problems.add(
            new PolicyProblem("policy", line(event.getStartMark()), "must not use YAML anchors"));
      }
    }
    return problems;
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
    return PolicyProblems.line(mark);
  }

  private static int line(Node node) {
    return PolicyProblems.line(node);
  }

  private static final Pattern QUOTED = Pattern.compile("(['\"])([^'\"]{0,40})\\1");

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
}
