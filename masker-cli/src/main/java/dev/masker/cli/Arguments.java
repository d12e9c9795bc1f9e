package dev.masker.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The words after the command: {@code --name value} options, {@code --flag}s and operands. */
final class Arguments {
  private final Map<String, String> options = new HashMap<>();
  private final List<String> operands = new ArrayList<>();
  private final Set<String> flags = new java.util.HashSet<>();
  private final String hint;

  private Arguments(String command) {
    this.hint = "masker-cli " + command + " --help";
  }

  /**
   * @param command for the hint of an error ({@code masker-cli <command> --help})
   * @param valued options that take a value
   * @param allowedFlags options that take none
   */
  static Arguments parse(
      String command, List<String> words, Set<String> valued, Set<String> allowedFlags) {
    var arguments = new Arguments(command);
    for (int i = 0; i < words.size(); i++) {
      var word = words.get(i);
      if (word.startsWith("--")) {
        if (valued.contains(word)) {
          if (i + 1 >= words.size()) {
            throw new Failure(ExitCode.USAGE, word + " needs a value", arguments.hint);
          }
          arguments.options.put(word, words.get(++i));
        } else if (allowedFlags.contains(word)) {
          arguments.flags.add(word);
        } else {
          throw new Failure(ExitCode.USAGE, "unknown option " + word, arguments.hint);
        }
      } else {
        arguments.operands.add(word);
      }
    }
    return arguments;
  }

  /** What to run for this command's usage. */
  String hint() {
    return hint;
  }

  Optional<String> option(String name) {
    return Optional.ofNullable(options.get(name));
  }

  boolean flag(String name) {
    return flags.contains(name);
  }

  /** The one optional input file; none means standard input. */
  Optional<String> inputFile() {
    if (operands.size() > 1) {
      throw new Failure(ExitCode.USAGE, "give at most one input file", hint);
    }
    return operands.stream().findFirst();
  }
}
