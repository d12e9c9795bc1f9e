package dev.masker.cli;

import dev.masker.domain.masking.Detector;
import dev.masker.domain.masking.MaskEvent;
import dev.masker.domain.masking.Masker;
import dev.masker.domain.masking.policy.Policy;
import dev.masker.domain.masking.policy.PolicyParser;
import dev.masker.domain.masking.policy.Tokenization;
import dev.masker.domain.masking.token.KeyRing;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code java -jar masker-cli.jar detect|mask|rehydrate|policy validate …}: the masking engine for
 * people and scripts, with no server. See the README for the commands and exit codes.
 */
public final class MaskerCli {
  /** Each command's usage, as {@code <command> --help} prints it. */
  private static final Map<String, String> COMMANDS =
      Map.of(
          "detect",
          """
          detect   [--policy FILE] [--jsonl] [FILE]
                                               entities of the text (FILE or standard input) as JSON;
                                               --jsonl reads lines {"id","text"} and writes one
                                               {"id","entities":[...]} per line, offsets in code points
          """,
          "mask",
          """
          mask     [--policy FILE] [--session ID] [--tokenization SCHEME] [--events] [FILE]
                                               the text with every detected value replaced;
                                               --events writes one value-free event per value to
                                               standard error
          """,
          "rehydrate",
          """
          rehydrate [--policy FILE] [--session ID] [--tokenization SCHEME] [FILE]
                                               tokens in the text turned back into values; a token
                                               that cannot be (another session, another key) is
                                               redacted and the exit code is 6
          """,
          "policy",
          """
          policy validate FILE                 checks a policy; problems with field and line
          """);

  private static final String KEYS =
      """
      mask and rehydrate need the policy's key: MASKER_KEY_<KID>=base64 of 32 bytes.
      They default to --tokenization reversible-aead, which needs no vault between runs.
      """;

  private static final String EXIT_CODES =
      """
      exit codes: 0 ok, 1 unexpected, 2 usage (or a missing key), 3 invalid policy, 4 I/O error,
                  5 invalid input, 6 some tokens could not be rehydrated (redacted in the output)
      """;

  static final String USAGE =
      "usage: masker-cli <command> [options] [FILE]\n"
          + indent(COMMANDS.get("detect"))
          + indent(COMMANDS.get("mask"))
          + indent(COMMANDS.get("rehydrate"))
          + indent(COMMANDS.get("policy"))
          + KEYS
          + EXIT_CODES
          + "masker-cli <command> --help shows one command.\n";

  private static final String KEY_HINT =
      "a new key: openssl rand -base64 32 (keep it: tokens made with it need it to come back)";

  private final InputStream in;
  private final PrintStream out;
  private final PrintStream err;
  private final Map<String, String> environment;

  MaskerCli(InputStream in, PrintStream out, PrintStream err, Map<String, String> environment) {
    this.in = in;
    this.out = out;
    this.err = err;
    this.environment = environment;
  }

  public static void main(String[] args) {
    int code = new MaskerCli(System.in, System.out, System.err, System.getenv()).run(args);
    System.exit(code);
  }

  int run(String... args) {
    try {
      if (args.length == 0) {
        err.print(USAGE);
        return ExitCode.USAGE;
      }
      var command = args[0];
      var rest = Arrays.asList(args).subList(1, args.length);
      if (isHelp(command) || command.equals("help")) {
        out.print(rest.isEmpty() ? USAGE : help(rest.get(0)));
        return ExitCode.OK;
      }
      if (!COMMANDS.containsKey(command)) {
        throw new Failure(ExitCode.USAGE, "unknown command " + command, "masker-cli --help");
      }
      if (rest.stream().anyMatch(MaskerCli::isHelp)) {
        out.print(help(command));
        return ExitCode.OK;
      }
      int code =
          switch (command) {
            case "detect" -> detect(rest);
            case "mask" -> mask(rest);
            case "rehydrate" -> rehydrate(rest);
            default -> policy(rest);
          };
      out.flush();
      return code;
    } catch (Failure failure) {
      out.flush();
      err.println("masker-cli: " + failure.getMessage());
      failure.hint().ifPresent(hint -> err.println(hint));
      return failure.exitCode();
    } catch (UncheckedIOException e) {
      err.println("masker-cli: I/O error: " + e.getCause().getClass().getSimpleName());
      return ExitCode.IO;
    } catch (RuntimeException e) {
      // The message could quote input text: name the failure only.
      err.println("masker-cli: unexpected " + e.getClass().getName());
      return ExitCode.UNEXPECTED;
    }
  }

  private static boolean isHelp(String word) {
    return word.equals("--help") || word.equals("-h");
  }

  /** One command's usage, with what applies to it. */
  private static String help(String command) {
    var usage = COMMANDS.get(command);
    if (usage == null) {
      throw new Failure(ExitCode.USAGE, "unknown command " + command, "masker-cli --help");
    }
    var text = "usage: masker-cli " + usage;
    if (command.equals("mask") || command.equals("rehydrate")) {
      text += KEYS;
    }
    return text + EXIT_CODES;
  }

  private static String indent(String text) {
    return text.indent(2);
  }

  private int detect(List<String> words) {
    var arguments = Arguments.parse("detect", words, Set.of("--policy"), Set.of("--jsonl"));
    var detector = Detector.of(policy(arguments));
    if (arguments.flag("--jsonl")) {
      new JsonLinesDetection(detector).run(reader(arguments), writer());
    } else {
      var text = readAll(arguments);
      out.println(
          "{\"entities\":" + JsonLinesDetection.entities(text, detector.detect(text)) + "}");
    }
    return ExitCode.OK;
  }

  private int mask(List<String> words) {
    var arguments =
        Arguments.parse(
            "mask", words, Set.of("--policy", "--session", "--tokenization"), Set.of("--events"));
    var masker = masker(arguments);
    var text = readAll(arguments);
    var masked = masker.mask(session(arguments), text);
    out.print(masked.text());
    if (arguments.flag("--events")) {
      for (MaskEvent event : masked.events()) {
        err.println(JsonLinesDetection.event(event));
      }
    }
    return ExitCode.OK;
  }

  /** Exits {@link ExitCode#NOT_REHYDRATED} when a token could not be turned back into its value. */
  private int rehydrate(List<String> words) {
    var arguments =
        Arguments.parse(
            "rehydrate", words, Set.of("--policy", "--session", "--tokenization"), Set.of());
    var masker = masker(arguments);
    var rehydration = masker.rehydrateWithReport(session(arguments), readAll(arguments));
    out.print(rehydration.text());
    if (rehydration.failures().isEmpty()) {
      return ExitCode.OK;
    }
    out.flush();
    err.println(
        "masker-cli: "
            + rehydration.failures().size()
            + " token(s) could not be rehydrated and were redacted");
    return ExitCode.NOT_REHYDRATED;
  }

  private int policy(List<String> words) {
    if (words.isEmpty() || !words.get(0).equals("validate")) {
      throw new Failure(
          ExitCode.USAGE, "policy takes the subcommand validate", "masker-cli policy --help");
    }
    var arguments = Arguments.parse("policy", words.subList(1, words.size()), Set.of(), Set.of());
    var file =
        arguments
            .inputFile()
            .orElseThrow(
                () ->
                    new Failure(
                        ExitCode.USAGE,
                        "policy validate needs a FILE",
                        "masker-cli policy --help"));
    var policy = loadPolicy(file);
    out.println("ok: " + policy.name() + " version " + policy.version());
    return ExitCode.OK;
  }

  private Policy policy(Arguments arguments) {
    return arguments.option("--policy").map(this::loadPolicy).orElseGet(Policy::healthcareDefault);
  }

  private Policy loadPolicy(String file) {
    var result = PolicyParser.parse(read(Path.of(file)));
    if (result instanceof PolicyParser.Parsed parsed) {
      return parsed.policy();
    }
    var invalid = (PolicyParser.Invalid) result;
    invalid
        .problems()
        .forEach(p -> err.println(file + ":" + p.line() + ": " + p.field() + ": " + p.issue()));
    throw new Failure(
        ExitCode.INVALID_POLICY, "invalid policy: " + invalid.problems().size() + " problem(s)");
  }

  private Masker masker(Arguments arguments) {
    var policy = policy(arguments);
    var tokenization =
        arguments
            .option("--tokenization")
            .map(name -> tokenization(name, arguments))
            .orElse(Tokenization.REVERSIBLE_AEAD);
    KeyRing keys;
    try {
      keys = KeyRing.fromEnvironment(environment);
    } catch (IllegalArgumentException badKey) {
      throw new Failure(ExitCode.USAGE, badKey.getMessage(), KEY_HINT);
    }
    if (!keys.has(policy.kid())) {
      throw new Failure(
          ExitCode.USAGE,
          "set MASKER_KEY_" + policy.kid() + " to the policy's key, base64 of 32 bytes",
          KEY_HINT);
    }
    return Masker.builder().policy(policy).tokenization(tokenization).keyRing(keys).build();
  }

  private static Tokenization tokenization(String name, Arguments arguments) {
    try {
      return Tokenization.fromWireName(name);
    } catch (IllegalArgumentException unknown) {
      throw new Failure(
          ExitCode.USAGE,
          "--tokenization is vault-deterministic, reversible-aead or synthetic",
          arguments.hint());
    }
  }

  private static String session(Arguments arguments) {
    return arguments.option("--session").orElse("cli");
  }

  private String readAll(Arguments arguments) {
    var file = arguments.inputFile();
    if (file.isPresent()) {
      return read(Path.of(file.get()));
    }
    try {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private BufferedReader reader(Arguments arguments) {
    var file = arguments.inputFile();
    try {
      return file.isPresent()
          ? Files.newBufferedReader(Path.of(file.get()), StandardCharsets.UTF_8)
          : new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (NoSuchFileException e) {
      throw new Failure(ExitCode.IO, "no such file: " + file.get());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Writer writer() {
    return new BufferedWriter(new OutputStreamWriter((OutputStream) out, StandardCharsets.UTF_8));
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new Failure(ExitCode.IO, "no such file: " + file);
    } catch (IOException e) {
      throw new Failure(ExitCode.IO, "cannot read " + file);
    }
  }
}
