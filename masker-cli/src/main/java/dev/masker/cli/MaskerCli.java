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
  static final String USAGE =
      """
      usage: masker-cli <command> [options] [FILE]
        detect   [--policy FILE] [--jsonl]   entities of the text (FILE or standard input) as JSON;
                                             --jsonl reads lines {"id","text"} and writes one
                                             {"id","entities":[...]} per line, offsets in code points
        mask     [--policy FILE] [--session ID] [--tokenization SCHEME] [--events]
                                             the text with every detected value replaced
        rehydrate [--policy FILE] [--session ID] [--tokenization SCHEME]
                                             tokens in the text turned back into values
        policy validate FILE                 checks a policy; problems with field and line
      mask and rehydrate need the policy's key: MASKER_KEY_<KID>=base64 of 32 bytes.
      They default to --tokenization reversible-aead, which needs no vault between runs.
      exit codes: 0 ok, 1 unexpected, 2 usage, 3 invalid policy, 4 I/O error, 5 invalid input
      """;

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
      if (args.length == 0 || args[0].equals("--help") || args[0].equals("help")) {
        (args.length == 0 ? err : out).print(USAGE);
        return args.length == 0 ? ExitCode.USAGE : ExitCode.OK;
      }
      var rest = Arrays.asList(args).subList(1, args.length);
      switch (args[0]) {
        case "detect" -> detect(rest);
        case "mask" -> mask(rest);
        case "rehydrate" -> rehydrate(rest);
        case "policy" -> policy(rest);
        default -> throw new Failure(ExitCode.USAGE, "unknown command " + args[0]);
      }
      out.flush();
      return ExitCode.OK;
    } catch (Failure failure) {
      out.flush();
      err.println("masker-cli: " + failure.getMessage());
      if (failure.exitCode() == ExitCode.USAGE) {
        err.print(USAGE);
      }
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

  private void detect(List<String> words) {
    var arguments = Arguments.parse(words, Set.of("--policy"), Set.of("--jsonl"));
    var detector = Detector.of(policy(arguments));
    if (arguments.flag("--jsonl")) {
      new JsonLinesDetection(detector).run(reader(arguments), writer());
    } else {
      var text = readAll(arguments);
      out.println(
          "{\"entities\":" + JsonLinesDetection.entities(text, detector.detect(text)) + "}");
    }
  }

  private void mask(List<String> words) {
    var arguments =
        Arguments.parse(
            words, Set.of("--policy", "--session", "--tokenization"), Set.of("--events"));
    var masker = masker(arguments);
    var text = readAll(arguments);
    var masked = masker.mask(session(arguments), text);
    out.print(masked.text());
    if (arguments.flag("--events")) {
      for (MaskEvent event : masked.events()) {
        err.println(JsonLinesDetection.event(event));
      }
    }
  }

  private void rehydrate(List<String> words) {
    var arguments =
        Arguments.parse(words, Set.of("--policy", "--session", "--tokenization"), Set.of());
    var masker = masker(arguments);
    var rehydration = masker.rehydrateWithReport(session(arguments), readAll(arguments));
    out.print(rehydration.text());
    if (!rehydration.failures().isEmpty()) {
      err.println(
          "masker-cli: "
              + rehydration.failures().size()
              + " token(s) could not be rehydrated and were redacted");
    }
  }

  private void policy(List<String> words) {
    if (words.isEmpty() || !words.get(0).equals("validate")) {
      throw new Failure(ExitCode.USAGE, "policy takes the subcommand validate");
    }
    var arguments = Arguments.parse(words.subList(1, words.size()), Set.of(), Set.of());
    var file =
        arguments
            .inputFile()
            .orElseThrow(() -> new Failure(ExitCode.USAGE, "policy validate needs a FILE"));
    var policy = loadPolicy(file);
    out.println("ok: " + policy.name() + " version " + policy.version());
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
            .map(this::tokenization)
            .orElse(Tokenization.REVERSIBLE_AEAD);
    KeyRing keys;
    try {
      keys = KeyRing.fromEnvironment(environment);
    } catch (IllegalArgumentException badKey) {
      throw new Failure(ExitCode.USAGE, badKey.getMessage());
    }
    if (!keys.has(policy.kid())) {
      throw new Failure(
          ExitCode.USAGE,
          "set MASKER_KEY_" + policy.kid() + " to base64 of 32 bytes (openssl rand -base64 32)");
    }
    return Masker.builder().policy(policy).tokenization(tokenization).keyRing(keys).build();
  }

  private Tokenization tokenization(String name) {
    try {
      return Tokenization.fromWireName(name);
    } catch (IllegalArgumentException unknown) {
      throw new Failure(
          ExitCode.USAGE, "--tokenization is vault-deterministic, reversible-aead or synthetic");
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
