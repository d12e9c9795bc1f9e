package dev.masker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MaskerCliTest {
  private static final Map<String, String> KEYS =
      Map.of("MASKER_KEY_K_HEALTHCARE", Base64.getEncoder().encodeToString(new byte[32]));

  private record Run(int code, String out, String err) {}

  private static Run run(String stdin, Map<String, String> env, String... args) {
    return run(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), env, args);
  }

  private static Run run(InputStream stdin, Map<String, String> env, String... args) {
    var out = new ByteArrayOutputStream();
    var err = new ByteArrayOutputStream();
    int code =
        new MaskerCli(
                stdin,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                env)
            .run(args);
    return new Run(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void detect_reports_entities_with_offsets_in_code_points() {
    var text = "😀 call me at (415) 555-2671 please";

    var result = run(text, Map.of(), "detect");

    assertThat(result.code()).isZero();
    assertThat(result.out())
        .contains("\"kind\":\"PHONE\"")
        .contains("\"start\":13")
        .contains("\"end\":27");
    assertThat(text.codePointCount(0, text.length())).isEqualTo(text.length() - 1);
  }

  @Test
  void detect_jsonl_answers_one_line_per_input_line_in_order() {
    var input =
        "{\"id\": \"a\", \"text\": \"my email is maria.lopez@example.com\"}\n"
            + "\n"
            + "{\"id\": 7, \"text\": \"nothing to see here\"}\n"
            + "{\"text\": \"no id, call 415-555-2671\", \"id\": \"c\"}\n";

    var result = run(input, Map.of(), "detect", "--jsonl");

    assertThat(result.code()).isZero();
    var lines = result.out().split("\n");
    assertThat(lines).hasSize(3);
    assertThat(lines[0]).startsWith("{\"id\":\"a\",").contains("\"EMAIL\"");
    assertThat(lines[1]).isEqualTo("{\"id\":7,\"entities\":[]}");
    assertThat(lines[2]).startsWith("{\"id\":\"c\",").contains("\"PHONE\"");
  }

  @Test
  void detect_jsonl_streams_many_lines_without_holding_them() {
    int count = 50_000;
    var lines =
        new InputStream() {
          private int line;
          private byte[] current = new byte[0];
          private int at;

          @Override
          public int read() {
            if (at == current.length) {
              if (line == count) {
                return -1;
              }
              current =
                  ("{\"id\":" + line++ + ",\"text\":\"call 415-555-2671\"}\n")
                      .getBytes(StandardCharsets.UTF_8);
              at = 0;
            }
            return current[at++];
          }
        };

    var result = run(lines, Map.of(), "detect", "--jsonl");

    assertThat(result.code()).isZero();
    assertThat(result.out().lines().count()).isEqualTo(count);
    assertThat(result.out().lines().skip(count - 1).findFirst().orElseThrow())
        .startsWith("{\"id\":" + (count - 1) + ",");
  }

  @Test
  void a_line_that_is_not_a_json_object_with_text_is_invalid_input() {
    var result = run("{\"id\": 1, \"text\": \"ok\"}\n{\"id\": 2}\n", Map.of(), "detect", "--jsonl");

    assertThat(result.code()).isEqualTo(ExitCode.INVALID_INPUT);
    assertThat(result.err()).contains("line 2");
  }

  @Test
  void mask_then_rehydrate_in_separate_runs_gives_the_text_back() {
    var text = "hi this is maria lopez, call me at four one five, five five five, twelve twelve";

    var masked = run(text, KEYS, "mask", "--session", "call-1");
    var rehydrated = run(masked.out(), KEYS, "rehydrate", "--session", "call-1");

    assertThat(masked.code()).isZero();
    assertThat(masked.out()).contains("MSK1.PHONE.K_HEALTHCARE.").doesNotContain("twelve twelve");
    assertThat(rehydrated.code()).isZero();
    assertThat(rehydrated.out()).isEqualTo(text);
  }

  @Test
  void mask_with_events_writes_value_free_events_to_standard_error() {
    var result = run("call 415-555-2671", KEYS, "mask", "--events");

    assertThat(result.err()).contains("\"kind\":\"PHONE\"").contains("\"token_kind\":\"MSK1\"");
    assertThat(result.err()).doesNotContain("2671");
  }

  @Test
  void mask_without_the_policy_key_prints_the_message_and_a_hint_but_not_the_usage() {
    var result = run("call 415-555-2671", Map.of(), "mask");

    assertThat(result.code()).isEqualTo(ExitCode.USAGE);
    assertThat(result.out()).isEmpty();
    assertThat(result.err().lines())
        .containsExactly(
            "masker-cli: set MASKER_KEY_K_HEALTHCARE to the policy's key, base64 of 32 bytes",
            "a new key: openssl rand -base64 32 (keep it: tokens made with it need it to come"
                + " back)");
  }

  @Test
  void a_token_that_cannot_be_rehydrated_is_redacted_and_the_exit_code_says_so() {
    var text = "call me at 415-555-2671 please";
    var masked = run(text, KEYS, "mask", "--session", "call-1");

    var otherCall = run(masked.out(), KEYS, "rehydrate", "--session", "call-2");
    var sameCall = run(masked.out(), KEYS, "rehydrate", "--session", "call-1");

    assertThat(otherCall.code()).isEqualTo(ExitCode.NOT_REHYDRATED).isEqualTo(6);
    assertThat(otherCall.out())
        .startsWith("call me at ")
        .doesNotContain("2671")
        .doesNotContain("MSK1.");
    assertThat(otherCall.err()).contains("1 token(s) could not be rehydrated and were redacted");
    assertThat(sameCall.code()).isZero();
    assertThat(sameCall.out()).isEqualTo(text);
  }

  @Test
  void every_command_answers_help_on_standard_output_with_exit_code_zero() {
    for (var command :
        new String[][] {
          {"detect", "--help"},
          {"mask", "--help"},
          {"rehydrate", "-h"},
          {"policy", "--help"},
          {"policy", "validate", "--help"},
          {"detect", "--jsonl", "--help"},
          {"help", "mask"}
        }) {
      var result = run("", Map.of(), command);

      assertThat(result.code()).as(String.join(" ", command)).isZero();
      assertThat(result.err()).as(String.join(" ", command)).isEmpty();
      var name = command[0].equals("help") ? command[1] : command[0];
      assertThat(result.out())
          .as(String.join(" ", command))
          .startsWith("usage: masker-cli " + name)
          .contains("exit codes:");
    }
    assertThat(run("", Map.of(), "rehydrate", "--help").out()).contains("6 some tokens");
    assertThat(run("", Map.of(), "--help").out()).contains("detect", "mask", "rehydrate", "policy");
  }

  @Test
  void a_usage_error_prints_the_message_and_where_to_find_help_not_the_whole_usage() {
    var result = run("", Map.of(), "detect", "--colour");

    assertThat(result.code()).isEqualTo(ExitCode.USAGE);
    assertThat(result.err().lines())
        .containsExactly("masker-cli: unknown option --colour", "masker-cli detect --help");
  }

  @Test
  void detect_jsonl_gives_each_id_back_as_it_was_written_and_refuses_a_key_given_twice() {
    var input =
        "{\"id\": 1.50, \"text\": \"a\"}\n"
            + "{\"id\": [\"x\", true], \"text\": \"b\"}\n"
            + "{\"text\": \"c\"}\n";

    var result = run(input, Map.of(), "detect", "--jsonl");
    var twice =
        run(
            "{\"id\": 1, \"text\": \"ok\", \"text\": \"call 415-555-2671\"}\n",
            Map.of(),
            "detect",
            "--jsonl");

    assertThat(result.code()).isZero();
    assertThat(result.out().lines())
        .containsExactly(
            "{\"id\":1.50,\"entities\":[]}",
            "{\"id\":[\"x\",true],\"entities\":[]}",
            "{\"id\":null,\"entities\":[]}");
    assertThat(twice.code()).isEqualTo(ExitCode.INVALID_INPUT);
    assertThat(twice.err()).contains("line 1: duplicate key").doesNotContain("2671");
  }

  @Test
  void policy_validate_tells_a_valid_policy_from_an_invalid_one(@TempDir Path dir)
      throws Exception {
    var good = dir.resolve("good.yaml");
    Files.writeString(good, "name: clinic\nversion: 2\nkid: K_CLINIC\n");
    var bad = dir.resolve("bad.yaml");
    Files.writeString(bad, "name: clinic\nversion: 2\nkid: K_CLINIC\npasses: [regex, magic]\n");

    var ok = run("", Map.of(), "policy", "validate", good.toString());
    var invalid = run("", Map.of(), "policy", "validate", bad.toString());
    var missing = run("", Map.of(), "policy", "validate", dir.resolve("none.yaml").toString());

    assertThat(ok.code()).isZero();
    assertThat(ok.out()).contains("clinic");
    assertThat(invalid.code()).isEqualTo(ExitCode.INVALID_POLICY);
    assertThat(invalid.err()).contains(":4:").contains("passes");
    assertThat(missing.code()).isEqualTo(ExitCode.IO);
  }

  @Test
  void unknown_commands_and_options_are_usage_errors() {
    assertThat(run("", Map.of(), "frobnicate").code()).isEqualTo(ExitCode.USAGE);
    assertThat(run("", Map.of(), "detect", "--colour").code()).isEqualTo(ExitCode.USAGE);
    assertThat(run("", Map.of()).code()).isEqualTo(ExitCode.USAGE);
    assertThat(run("", Map.of(), "--help").code()).isZero();
  }
}
