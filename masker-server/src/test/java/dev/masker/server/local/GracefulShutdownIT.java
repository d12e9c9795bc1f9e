package dev.masker.server.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A replica stopped the way an orchestrator stops it, SIGTERM, while 32 streams are open
 * (docs/replicas.md, "Stopping a replica"): readiness goes down first, a request that arrives
 * during the drain is still served, every stream ends complete, the process exits by itself, and a
 * server started afterwards on the same database finds every turn recorded.
 */
class GracefulShutdownIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int STREAMS = 32;

  @Test
  void sigterm_takes_the_replica_out_of_rotation_then_drains_its_streams_and_records_them(
      @TempDir Path work) throws Exception {
    try (var database = EmbeddedPostgres.builder().setDataDirectory(work.resolve("pg")).start();
        var upstream = new EchoUpstream()) {
      var env = ReplicasIT.environment(database.getPort(), upstream.baseUrl());
      String agent;
      var calls = new ArrayList<ReplicaCall>();
      var planted = new ArrayList<List<String>>();
      var answers = new ArrayList<CompletableFuture<ReplicaCall.Answer>>();
      ReplicaCall.Answer late;
      try (var server = ServerProcess.start(work.resolve("stopped.log"), env)) {
        agent =
            ReplicasIT.createAgent(server, server.signIn(ReplicasIT.ADMIN, ReplicasIT.PASSWORD));
        assertThat(server.send("GET", "/q/health/ready", null, null).statusCode()).isEqualTo(200);

        upstream.hold();
        for (int i = 0; i < STREAMS; i++) {
          var call = new ReplicaCall(agent, "drain-call-" + i, true);
          var values = List.of(String.format("(628) 555-%04d", 2000 + i));
          calls.add(call);
          planted.add(values);
          answers.add(call.send(server, "Call me back at " + values.get(0) + ".", values, false));
        }
        upstream.awaitHeld(STREAMS, Duration.ofSeconds(90));

        server.terminate();
        awaitNotReady(server);
        var health = server.send("GET", "/health", null, null);
        assertThat(health.statusCode()).isEqualTo(503);
        assertThat(JSON.readTree(health.body()).get("status").asText()).isEqualTo("degraded");
        // Arrived during the drain (a balancer that has not seen readiness go down yet): served.
        var lateCall = new ReplicaCall(agent, "drain-call-late", false);
        var lateValues = List.of("(628) 555-2999");
        late =
            lateCall
                .send(server, "Call me back at (628) 555-2999.", lateValues, false)
                .get(60, TimeUnit.SECONDS);
        assertThat(late.status()).as(late.raw()).isEqualTo(200);
        assertThat(late.content()).isEqualTo(lateCall.expectedAnswer(lateValues));
        assertThat(server.isAlive()).as("still draining").isTrue();

        upstream.release();
        for (int i = 0; i < STREAMS; i++) {
          var answer = answers.get(i).get(60, TimeUnit.SECONDS);
          assertThat(answer.complete()).as("stream %d: %s", i, answer.raw()).isTrue();
          assertThat(answer.content()).isEqualTo(calls.get(i).expectedAnswer(planted.get(i)));
        }
        var exit = server.awaitExit(Duration.ofSeconds(60));
        assertThat(exit).as("exited by itself after SIGTERM").isPresent();
        assertThat(exit.getAsInt()).as("exit status after SIGTERM").isEqualTo(143);
        var log = server.output();
        assertThat(log).doesNotContain("Timed out waiting for graceful shutdown");
        assertThat(log).doesNotContain("555-2");
      }
      for (var body : upstream.received()) {
        assertThat(body).doesNotContain("555-2");
      }

      // The same database, a new server: every turn of the stopped one is there.
      try (var after = ServerProcess.start(work.resolve("after.log"), env)) {
        var cookie = after.signIn(ReplicasIT.ADMIN, ReplicasIT.PASSWORD);
        var expected = new HashMap<String, Integer>();
        for (var call : calls) {
          expected.put(call.sessionKey, 1);
        }
        expected.put("drain-call-late", 1);
        var sessions = ReplicasIT.awaitTurns(after, cookie, expected);
        for (var session : sessions.values()) {
          assertThat(session.get("status").asText()).isEqualTo("ok");
          assertThat(session.get("redaction_count").asInt()).isEqualTo(1);
        }
      }
    }
  }

  /** Polls readiness until it answers 503, while the process is alive. */
  private static void awaitNotReady(ServerProcess server) throws Exception {
    var deadline = Instant.now().plus(Duration.ofSeconds(60));
    while (true) {
      assertThat(server.isAlive()).as("alive until readiness is seen down").isTrue();
      assertThat(Instant.now()).as("readiness down in time").isBefore(deadline);
      try {
        var ready = server.send("GET", "/q/health/ready", null, null);
        if (ready.statusCode() == 503) {
          assertThat(JSON.readTree(ready.body()).get("status").asText()).isEqualTo("DOWN");
          return;
        }
        assertThat(ready.statusCode()).isEqualTo(200);
      } catch (IOException closedOnUs) {
        // A kept-alive connection the server closed as it began to stop: ask again.
      }
      TimeUnit.MILLISECONDS.sleep(20);
    }
  }
}
