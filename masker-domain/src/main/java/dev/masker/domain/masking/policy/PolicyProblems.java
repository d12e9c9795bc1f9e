package dev.masker.domain.masking.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * The problems found while reading one policy document, in the order they were found: what every
 * section reader of {@link PolicyParser} reports to. A problem names a field and a line, never a
 * value.
 */
final class PolicyProblems {
  private final List<PolicyProblem> problems = new ArrayList<>();

  /** Reports that {@code field}, written at {@code node}, has {@code issue}. */
  void add(String field, Node node, String issue) {
    problems.add(new PolicyProblem(field, line(node), issue));
  }

  void add(PolicyProblem problem) {
    problems.add(problem);
  }

  /** How many problems were found so far: a reader compares it before and after a section. */
  int count() {
    return problems.size();
  }

  boolean isEmpty() {
    return problems.isEmpty();
  }

  List<PolicyProblem> all() {
    return problems;
  }

  /** The 1-based line a node starts on. */
  static int line(Node node) {
    return line(node.getStartMark());
  }

  /** The 1-based line of a mark, or 1 without one. */
  static int line(Optional<Mark> mark) {
    return mark.map(m -> m.getLine() + 1).orElse(1);
  }
}
