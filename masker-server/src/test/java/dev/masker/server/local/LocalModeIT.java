package dev.masker.server.local;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's run command, as a user meets it: the packaged server started as a process, with real
 * HTTP, stopped and started again.
 */
class LocalModeIT {
  private static final Pattern PRINTED_PASSWORD = Pattern.compile("password: (\\S+)");
  private static final String PLANTED = "Planted-Greeting-7Q2X";

  @Test
  void local_mode_keeps_users_agents_and_keys_across_a_restart(@TempDir Path work)
      throws Exception {
    var data = work.resolve("data");
    var env = Map.of("MASKER_DATA_DIR", data.toString());
    String password;
    String agentId;
    String keys;
    try (var server = ServerProcess.start(work.resolve("first.log"), env)) {
      var matcher = PRINTED_PASSWORD.matcher(server.output());
      assertThat(matcher.find()).as("bootstrap password printed once").isTrue();
      password = matcher.group(1);
      var cookie = server.signIn("admin@localhost", password);
      var created =
          server.send(
              "POST",
              "/api/v1/agents",
              "{\"name\":\"Front desk\",\"upstream\":\"stub\",\"vapi_assistant\":{\"firstMessage\":\""
                  + PLANTED
                  + "\"}}",
              cookie);
      assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
      agentId = created.body().replaceAll(".*\"id\":\"(agt_[0-9A-Z]{26})\".*", "$1");
      // QUARKUS_HTTP_PORT is not 8080 and MASKER_PUBLIC_URL is unset: the URLs follow the port.
      assertThat(created.body())
          .contains(
              "\"proxy_base_url\":\"http://localhost:"
                  + server.port
                  + "/proxy/"
                  + agentId
                  + "/v1\"");
      assertThat(
              server
                  .send(
                      "POST",
                      "/api/v1/agents",
                      "{\"name\":\"From the browser\",\"upstream\":\"stub\"}",
                      cookie,
                      "Origin",
                      "http://localhost:" + server.port)
                  .statusCode())
          .as("a browser on the port the server listens on")
          .isEqualTo(201);
      assertThat(
              server
                  .send(
                      "POST",
                      "/api/v1/agents",
                      "{\"name\":\"Elsewhere\",\"upstream\":\"stub\"}",
                      cookie,
                      "Origin",
                      "https://attacker.example")
                  .statusCode())
          .isEqualTo(403);
      var keyFile = data.resolve("keys.properties");
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile)))
          .isEqualTo("rw-------");
      keys = Files.readString(keyFile);
      assertThat(server.output()).contains("LOCAL MODE").contains("Production must set them");
      var databasePassword = databasePassword(data);
      assertThat(databasePassword).hasSizeGreaterThanOrEqualTo(43);
      assertThat(server.output()).doesNotContain(databasePassword);
    }

    try (var server = ServerProcess.start(work.resolve("second.log"), env)) {
      assertThat(server.output()).doesNotContain("password:");
      var cookie = server.signIn("admin@localhost", password);
      var list = server.send("GET", "/api/v1/agents", null, cookie);
      assertThat(list.statusCode()).isEqualTo(200);
      assertThat(list.body()).contains(agentId).contains("Front desk");
      assertThat(Files.readString(data.resolve("keys.properties"))).isEqualTo(keys);
      assertThat(Files.readString(work.resolve("first.log")) + server.output())
          .doesNotContain(PLANTED);
    }
    assertThat(Files.readString(work.resolve("second.log"))).doesNotContain(password);
  }

  @Test
  void a_stopped_server_has_recorded_every_turn_it_answered_and_its_chain_verifies(
      @TempDir Path work) throws Exception {
    var data = work.resolve("data");
    var env = Map.of("MASKER_DATA_DIR", data.toString());
    int callers = 8;
    int turns = 40;
    var answered = new AtomicInteger();
    String password;
    try (var server = ServerProcess.start(work.resolve("first.log"), env)) {
      var matcher = PRINTED_PASSWORD.matcher(server.output());
      assertThat(matcher.find()).isTrue();
      password = matcher.group(1);
      var cookie = server.signIn("admin@localhost", password);
      var created =
          server.send(
              "POST", "/api/v1/agents", "{\"name\":\"Busy\",\"upstream\":\"stub\"}", cookie);
      assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
      var agentId = created.body().replaceAll(".*\"id\":\"(agt_[0-9A-Z]{26})\".*", "$1");
      var pool = Executors.newFixedThreadPool(callers);
      try {
        var calls = new ArrayList<Future<?>>();
        for (int caller = 0; caller < callers; caller++) {
          var call = "call-" + caller;
          calls.add(
              pool.submit(
                  () -> {
                    for (int turn = 0; turn < turns; turn++) {
                      var answer =
                          server.send(
                              "POST",
                              "/proxy/" + agentId + "/v1/chat/completions",
                              "{\"model\":\"stub\",\"messages\":[{\"role\":\"user\",\"content\":"
                                  + "\"this is Maria Lopez, call me at 415 555 2671\"}]}",
                              null,
                              "Masker-Session-Id",
                              call);
                      assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
                      answered.incrementAndGet();
                    }
                    return null;
                  }));
        }
        for (var call : calls) {
          call.get(120, TimeUnit.SECONDS);
        }
      } finally {
        pool.shutdownNow();
      }
    } // stopped with SIGTERM right after the last answer, with turns still waiting to be written

    assertThat(answered.get()).isEqualTo(callers * turns);
    assertThat(Files.readString(work.resolve("first.log"))).doesNotContain("Turn log lost");
    try (var server = ServerProcess.start(work.resolve("second.log"), env)) {
      var cookie = server.signIn("admin@localhost", password);
      var sessions = server.send("GET", "/api/v1/sessions?limit=100", null, cookie);
      assertThat(sessions.statusCode()).isEqualTo(200);
      var counts = Pattern.compile("\"turn_count\":(\\d+)").matcher(sessions.body());
      int recorded = 0;
      while (counts.find()) {
        recorded += Integer.parseInt(counts.group(1));
      }
      assertThat(recorded).as("turns recorded after the stop").isEqualTo(callers * turns);
      var verify = server.send("GET", "/api/v1/audit/verify", null, cookie);
      assertThat(verify.body()).contains("\"ok\":true");
    }
  }

  @Test
  void a_lost_admin_password_is_replaced_by_reset_admin_and_only_the_new_one_signs_in(
      @TempDir Path work) throws Exception {
    var data = work.resolve("data");
    var env = Map.of("MASKER_DATA_DIR", data.toString());

    // The first start ever is the reset command itself: it creates the admin, then resets it.
    var reset = ServerProcess.command(work.resolve("reset.log"), env, "reset-admin");
    assertThat(reset.exitCode()).as(reset.output()).isZero();
    var passwords = PRINTED_PASSWORD.matcher(reset.output());
    assertThat(passwords.find()).as("the first admin's password").isTrue();
    var lost = passwords.group(1);
    assertThat(passwords.find()).as("the new password, printed once").isTrue();
    var fresh = passwords.group(1);
    assertThat(fresh).isNotEqualTo(lost);
    var unknown = ServerProcess.command(work.resolve("unknown.log"), env, "reset-admin", "x@y.z");
    assertThat(unknown.exitCode()).isEqualTo(1);
    assertThat(unknown.output()).contains("No admin has this email address");

    try (var server = ServerProcess.start(work.resolve("server.log"), env)) {
      server.signIn("admin@localhost", fresh);
      var refused =
          server.send(
              "POST",
              "/api/v1/auth/login",
              "{\"email\":\"admin@localhost\",\"password\":\"" + lost + "\"}",
              null);
      assertThat(refused.statusCode()).isEqualTo(401);
      assertThat(server.output()).doesNotContain(fresh);
    }
  }

  @Test
  void a_data_directory_from_before_database_passwords_gets_one_and_the_log_says_so(
      @TempDir Path work) throws Exception {
    var data = work.resolve("data");
    try (var earlier =
        EmbeddedPostgres.builder()
            .setDataDirectory(data.resolve("postgres"))
            .setCleanDataDirectory(false)
            .start()) {
      // As earlier versions left it: any local connection gets in.
      assertThat(earlier.getPostgresDatabase().getConnection().isValid(5)).isTrue();
    }

    try (var server =
        ServerProcess.start(
            work.resolve("server.log"), Map.of("MASKER_DATA_DIR", data.toString()))) {
      assertThat(server.output())
          .contains("let any local connection in without a password")
          .contains("It now requires the password")
          .doesNotContain(databasePassword(data));
      var matcher = PRINTED_PASSWORD.matcher(server.output());
      assertThat(matcher.find()).isTrue();
      server.signIn("admin@localhost", matcher.group(1));
    }
  }

  private static String databasePassword(Path data) throws Exception {
    var keys = new java.util.Properties();
    try (var in = Files.newBufferedReader(data.resolve("keys.properties"))) {
      keys.load(in);
    }
    return keys.getProperty("MASKER_LOCAL_DATABASE_PASSWORD");
  }

  @Test
  void with_a_database_url_the_server_uses_that_database_and_starts_none(@TempDir Path work)
      throws Exception {
    var data = work.resolve("data");
    try (var external = EmbeddedPostgres.builder().setDataDirectory(work.resolve("pg")).start()) {
      var url = "postgresql://postgres:@127.0.0.1:" + external.getPort() + "/postgres";
      var env =
          Map.of(
              "MASKER_DATABASE_URL", url,
              "MASKER_DATA_DIR", data.toString(),
              "MASKER_DEV", "1",
              "MASKER_BOOTSTRAP_ADMIN_EMAIL", "ops@clinic.example",
              "MASKER_BOOTSTRAP_ADMIN_PASSWORD", "a long operator password");
      try (var server = ServerProcess.start(work.resolve("server.log"), env)) {
        var cookie = server.signIn("ops@clinic.example", "a long operator password");
        var created =
            server.send(
                "POST", "/api/v1/agents", "{\"name\":\"Ext\",\"upstream\":\"stub\"}", cookie);
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(server.output())
            .contains("EPHEMERAL")
            .doesNotContain("a long operator password");
      }
      try (var connection =
              DriverManager.getConnection(external.getJdbcUrl("postgres", "postgres"));
          var rows = connection.createStatement().executeQuery("select name from agents")) {
        assertThat(rows.next()).isTrue();
        assertThat(rows.getString(1)).isEqualTo("Ext");
      }
      assertThat(data.resolve("postgres")).doesNotExist();
    }
  }

  @Test
  void without_keys_and_outside_local_and_dev_mode_the_server_refuses_to_start(@TempDir Path work)
      throws Exception {
    try (var external = EmbeddedPostgres.builder().setDataDirectory(work.resolve("pg")).start()) {
      var url = "postgresql://postgres@127.0.0.1:" + external.getPort() + "/postgres";
      var output = work.resolve("server.log");
      var builder =
          new ProcessBuilder(
                  "java",
                  "-jar",
                  Path.of("target", "quarkus-app", "quarkus-run.jar").toAbsolutePath().toString())
              .redirectErrorStream(true)
              .redirectOutput(output.toFile());
      builder.environment().keySet().removeIf(name -> name.startsWith("MASKER_"));
      builder.environment().put("MASKER_DATABASE_URL", url);
      builder.environment().put("QUARKUS_HTTP_PORT", "0");
      builder.environment().put("QUARKUS_MANAGEMENT_PORT", "0");
      var process = builder.start();

      assertThat(process.waitFor(90, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
      assertThat(process.exitValue()).isNotZero();
      assertThat(Files.readString(output))
          .contains("Missing keys")
          .contains("MASKER_KEY_K_HEALTHCARE");
    }
  }
}
