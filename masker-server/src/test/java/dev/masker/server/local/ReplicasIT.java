package dev.masker.server.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Replicas behind a load balancer: packaged servers on one database, and a call whose turns land on
 * whichever one the balancer picks (docs/replicas.md, ADR 0052). The upstream is a real local HTTP
 * server that echoes the tokens of the call, so the test sees what reached it and what each replica
 * put back.
 */
class ReplicasIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  static final String ADMIN = "ops@clinic.example";
  static final String PASSWORD = "a long operator password";

  @Test
  void a_call_alternating_between_replicas_is_one_call_through_a_kill_and_a_cold_start(
      @TempDir Path work) throws Exception {
    try (var database = EmbeddedPostgres.builder().setDataDirectory(work.resolve("pg")).start();
        var upstream = new EchoUpstream()) {
      var env = environment(database.getPort(), upstream.baseUrl());
      var first = ServerProcess.start(work.resolve("first.log"), env);
      try (var second = ServerProcess.start(work.resolve("second.log"), env)) {
        var cookie = first.signIn(ADMIN, PASSWORD);
        var agent = createAgent(first, cookie);
        var plain = new ReplicaCall(agent, "call-plain-7f3a", false);
        var streamed = new ReplicaCall(agent, "call-streamed-9b1c", true);
        var checks = new Checks(upstream);

        // Four turns of each call, alternating: first, second, first, second.
        for (int turn = 0; turn < 4; turn++) {
          var server = turn % 2 == 0 ? first : second;
          for (var call : List.of(plain, streamed)) {
            var planted = values(call, turn);
            var answer = call.turn(server, sentence(planted), planted);
            checks.afterTurn(call, false);
            assertThat(answer.content()).isEqualTo(call.expectedAnswer(List.of()));
          }
        }

        // The fifth turn of the plain call on the first replica, with a value new to the call.
        var secondCookie = second.signIn(ADMIN, PASSWORD);
        var planted = values(plain, 4);
        var answer = plain.turn(first, sentence(planted), planted);
        var answeredAt = System.nanoTime();
        checks.afterTurn(plain, false);
        assertThat(answer.content()).isEqualTo(plain.expectedAnswer(List.of()));
        // Acknowledged: the turns the sessions API shows (the turn log writes after the answer).
        awaitTurns(second, secondCookie, Map.of(plain.sessionKey, 5, streamed.sessionKey, 4));
        System.out.printf(
            "ReplicasIT: answered turn shown by the sessions API %d ms after its answer%n",
            (System.nanoTime() - answeredAt) / 1_000_000);
        // The streamed call's fifth turn is on the first replica when it dies: its masked request
        // has left for the upstream, and the caller has the first piece of the answer.
        upstream.hold();
        var lostPlanted = values(streamed, 4);
        var lost = streamed.send(first, sentence(lostPlanted), lostPlanted, false);
        upstream.awaitHeld(1, Duration.ofSeconds(60));
        checks.lastBodyIsClean();

        assertThat(first.kill())
            .as("the exit status of a process killed by SIGKILL")
            .isEqualTo(137);
        upstream.release();
        assertThat(lost.get(60, TimeUnit.SECONDS).complete()).as("the cut stream").isFalse();

        // The caller's platform sends the turn again; the balancer picks the live replica.
        var sentBefore = checks.sent(streamed);
        var retried = streamed.turn(second, sentence(lostPlanted), lostPlanted);
        checks.afterTurn(streamed, false);
        // The killed replica stored the marks of what its turn masked first, and died before
        // recording the turn: those messages' values are counted nowhere (docs/replicas.md).
        var countedByTheDead = new java.util.HashSet<>(checks.sent(streamed));
        countedByTheDead.removeAll(sentBefore);
        assertThat(retried.content()).isEqualTo(streamed.expectedAnswer(List.of()));

        // A replica started now, every cache cold, takes the next turn of each call.
        try (var third = ServerProcess.start(work.resolve("third.log"), env)) {
          var next = streamed.turn(third, "Thanks, that is all for now.", List.of());
          checks.afterTurn(streamed, false);
          assertThat(next.content()).isEqualTo(streamed.expectedAnswer(List.of()));
          // A platform that sends only the new message: the answer holds every token of the
          // call, those minted by the dead replica among them, and the cold one puts them back.
          var lastPlanted = values(plain, 5);
          var text = sentence(lastPlanted);
          var onlyNew = plain.send(third, text, lastPlanted, true).get(60, TimeUnit.SECONDS);
          assertThat(onlyNew.content()).isEqualTo(plain.expectedAnswer(lastPlanted));
          plain.finish(onlyNew, text, lastPlanted);
          checks.afterTurn(plain, true);

          var thirdCookie = third.signIn(ADMIN, PASSWORD);
          var recorded = Map.of(plain.sessionKey, 6, streamed.sessionKey, 6);
          var sessions = awaitTurns(third, thirdCookie, recorded);
          for (var call : List.of(plain, streamed)) {
            var uncounted = call == streamed ? countedByTheDead : java.util.Set.<Integer>of();
            assertOneWholeSession(
                third,
                thirdCookie,
                sessions.get(call.sessionKey),
                call,
                checks.expectedCounts(call, uncounted),
                uncounted);
          }
        }
        checks.tokensAreOneToOne();
      } finally {
        first.close();
      }
    }
  }

  /** Values planted in turn {@code turn} of a call: phone numbers and e-mail addresses. */
  private static List<String> values(ReplicaCall call, int turn) {
    int c = call.streamed ? 2 : 1;
    return switch (turn) {
      case 0 -> List.of(phone(c, 1), email("jane.roe", c));
      case 1 -> List.of(phone(c, 1), email("j.roe.work", c));
      case 2 -> List.of(phone(c, 2));
      case 3 -> List.of(email("jane.roe", c), phone(c, 1));
      case 4 -> List.of(phone(c, 3));
      default -> List.of(email("sam.roe", c));
    };
  }

  private static String phone(int call, int n) {
    return String.format("(415) 555-%04d", 1000 + 100 * call + 7 * n);
  }

  private static String email(String name, int call) {
    return name + "." + call + "@example.com";
  }

  private static String sentence(List<String> planted) {
    return "Please note these for my file: " + String.join(" and ", planted) + ".";
  }

  /** What the upstream received, checked after each turn. */
  private static final class Checks {
    private final EchoUpstream upstream;
    private final Map<String, String> tokenOf = new HashMap<>();
    private final Map<String, JsonNode> lastHistory = new HashMap<>();
    private final Map<String, java.util.Set<Integer>> sentIndices = new HashMap<>();
    private final List<String> planted = new ArrayList<>();

    Checks(EchoUpstream upstream) {
      this.upstream = upstream;
    }

    /**
     * The last body the upstream received is the call's last turn: no planted value in it, each
     * value as the same token as everywhere before, and (unless the caller sent only the new
     * message) the history it resent byte for byte what the upstream received the turn before.
     */
    void afterTurn(ReplicaCall call, boolean newMessageOnly) throws Exception {
      var body = lastBodyIsClean();
      var messages = JSON.readTree(body).get("messages");
      var values = call.values();
      // The call's history now ends with this turn's answer, which the upstream has not seen.
      var sent = newMessageOnly ? List.of(values.get(0), values.get(values.size() - 2)) : values;
      int count = newMessageOnly ? 2 : values.size() - 1;
      assertThat(messages.size()).isEqualTo(count);
      var indices = sentIndices.computeIfAbsent(call.sessionKey, key -> new java.util.TreeSet<>());
      for (int i = 0; i < count; i++) {
        indices.add(newMessageOnly && i == 1 ? values.size() - 2 : i);
      }
      for (int i = 0; i < count; i++) {
        var tokens =
            EchoUpstream.TOKEN
                .matcher(messages.get(i).get("content").asText())
                .results()
                .map(m -> m.group())
                .toList();
        var expected = sent.get(i);
        assertThat(tokens).as("tokens of message %d in %s", i, body).hasSize(expected.size());
        for (int v = 0; v < tokens.size(); v++) {
          var value = expected.get(v);
          planted.add(value);
          var before = tokenOf.putIfAbsent(value, tokens.get(v));
          assertThat(tokens.get(v))
              .as("the token of one value")
              .isEqualTo(before == null ? tokens.get(v) : before);
          var kind = value.contains("@") ? ".EMAIL." : ".PHONE.";
          assertThat(tokens.get(v)).contains(kind);
        }
      }
      if (!newMessageOnly) {
        var previous = lastHistory.get(call.sessionKey);
        if (previous != null) {
          for (int i = 0; i < previous.size(); i++) {
            assertThat(JSON.writeValueAsString(messages.get(i)))
                .as("message %d of the masked history, resent", i)
                .isEqualTo(JSON.writeValueAsString(previous.get(i)));
          }
        }
        lastHistory.put(call.sessionKey, messages);
      }
    }

    /** The indices of the messages of {@code call}'s history the upstream has received so far. */
    java.util.Set<Integer> sent(ReplicaCall call) {
      return java.util.Set.copyOf(sentIndices.getOrDefault(call.sessionKey, java.util.Set.of()));
    }

    /**
     * What one server counts for {@code call}, by kind: each value of each text the upstream
     * received, once (two messages of the same text are one), in the turn that first sent it;
     * answers included (counted when resent), {@code uncounted} messages left out.
     */
    Map<String, Long> expectedCounts(ReplicaCall call, java.util.Set<Integer> uncounted) {
      var counts = new java.util.TreeMap<String, Long>();
      var texts = new java.util.HashSet<String>();
      // In the order the messages were first sent: a text counts where it was first sent.
      for (int i : new java.util.TreeSet<>(sent(call))) {
        if (texts.add(call.contents().get(i)) && !uncounted.contains(i)) {
          for (var value : call.values().get(i)) {
            counts.merge(value.contains("@") ? "EMAIL" : "PHONE", 1L, Long::sum);
          }
        }
      }
      return counts;
    }

    /** The last body received holds no planted value; returns it. */
    String lastBodyIsClean() {
      var received = upstream.received();
      var body = received.get(received.size() - 1);
      for (var value : planted) {
        assertThat(body).doesNotContain(value);
      }
      assertThat(body).doesNotContain("555-1").doesNotContain("@example.com");
      return body;
    }

    /** Different values have different tokens, in every body the upstream received. */
    void tokensAreOneToOne() {
      var byToken =
          tokenOf.entrySet().stream()
              .collect(Collectors.groupingBy(Map.Entry::getValue, Collectors.counting()));
      assertThat(byToken.values()).allMatch(n -> n == 1);
      for (var body : upstream.received()) {
        for (var value : planted) {
          assertThat(body).doesNotContain(value);
        }
      }
    }
  }

  /**
   * The call is one session: every turn numbered, each with its answer, its redaction events adding
   * up to the session's counts, and those counts {@code expected}: what one server counts, whatever
   * replica each turn landed on.
   */
  private static void assertOneWholeSession(
      ServerProcess server,
      String cookie,
      JsonNode session,
      ReplicaCall call,
      Map<String, Long> expected,
      java.util.Set<Integer> uncounted)
      throws Exception {
    var detail =
        JSON.readTree(
                server
                    .send("GET", "/api/v1/sessions/" + session.get("id").asText(), null, cookie)
                    .body())
            .get("session");
    assertThat(detail.get("status").asText()).isEqualTo("ok");
    var turns = detail.get("turns");
    assertThat(turns).hasSize(6);
    for (int i = 0; i < turns.size(); i++) {
      assertThat(turns.get(i).get("turn").asInt()).isEqualTo(i + 1);
      assertThat(turns.get(i).get("outcome").asText()).isEqualTo("ok");
      assertThat(turns.get(i).get("status").asInt()).isEqualTo(200);
    }
    long eventValues = 0;
    var byKindInEvents = new HashMap<String, Long>();
    var turnsWithEvents = new java.util.TreeSet<Integer>();
    for (var event : detail.get("events")) {
      assertThat(event.get("kind").asText()).isEqualTo("redaction");
      eventValues += event.get("count").asLong();
      byKindInEvents.merge(
          event.get("entity_kind").asText(), event.get("count").asLong(), Long::sum);
      turnsWithEvents.add(event.get("turn").asInt());
    }
    assertThat(detail.get("events_next_cursor").isNull()).isTrue();
    var byKind = detail.get("redactions_by_kind");
    System.out.printf(
        "ReplicasIT: %s: session counts %s, events in turns %s%n",
        call.sessionKey, byKind, turnsWithEvents);
    assertThat(detail.get("redaction_count").asLong()).isEqualTo(eventValues);
    assertThat(byKindInEvents).as("what one server counts").isEqualTo(expected);
    for (var kind : byKindInEvents.keySet()) {
      assertThat(byKind.get(kind).asLong()).isEqualTo(byKindInEvents.get(kind));
    }
    // The user messages are every second message after the system prompt, one per turn.
    var values = call.values();
    var seen = new java.util.HashSet<String>();
    for (int turn = 1; turn <= 6; turn++) {
      var planted = values.get(2 * turn - 1);
      if (!seen.containsAll(planted) && !uncounted.contains(2 * turn - 1)) {
        assertThat(turnsWithEvents).as("a turn with a new value has its event").contains(turn);
      }
      seen.addAll(planted);
    }
  }

  /** Waits until each call's one session shows the given number of turns; the sessions by key. */
  static Map<String, JsonNode> awaitTurns(
      ServerProcess server, String cookie, Map<String, Integer> turnsByKey) throws Exception {
    var deadline = Instant.now().plus(Duration.ofSeconds(60));
    while (true) {
      var found = new HashMap<String, JsonNode>();
      var counts = new HashMap<String, Integer>();
      for (var key : turnsByKey.keySet()) {
        var page =
            JSON.readTree(
                server
                    .send(
                        "GET",
                        "/api/v1/sessions?limit=100&external_id="
                            + URLEncoder.encode(key, StandardCharsets.UTF_8),
                        null,
                        cookie)
                    .body());
        var data = page.get("data");
        assertThat(data.size()).as("sessions of call %s", key).isLessThanOrEqualTo(1);
        if (data.size() == 1) {
          found.put(key, data.get(0));
          counts.put(key, data.get(0).get("turn_count").asInt());
        }
      }
      if (counts.equals(turnsByKey)) {
        return found;
      }
      assertThat(Instant.now())
          .as("turns recorded: %s of %s", counts, turnsByKey)
          .isBefore(deadline);
      TimeUnit.MILLISECONDS.sleep(10);
    }
  }

  static String createAgent(ServerProcess server, String cookie) throws Exception {
    var created =
        server.send(
            "POST",
            "/api/v1/agents",
            "{\"name\":\"Front desk\",\"upstream\":\"echo:" + ReplicaCall.MODEL + "\"}",
            cookie);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return JSON.readTree(created.body()).at("/agent/id").asText();
  }

  /** Replicas' settings: one database, the same keys, the echoing upstream as {@code echo}. */
  static Map<String, String> environment(int databasePort, String upstream) {
    var env = new HashMap<String, String>();
    env.put(
        "MASKER_DATABASE_URL", "postgresql://postgres:@127.0.0.1:" + databasePort + "/postgres");
    env.put("MASKER_BOOTSTRAP_ADMIN_EMAIL", ADMIN);
    env.put("MASKER_BOOTSTRAP_ADMIN_PASSWORD", PASSWORD);
    env.put("MASKER_UPSTREAMS_ECHO_BASE_URL", upstream);
    // A busy machine runs several servers, their database and the test's clients at once.
    env.put("MASKER_DATABASE_DEADLINE_MS", "10000");
    var random = new SecureRandom();
    for (var name :
        List.of(
            "MASKER_KEY_K_HEALTHCARE",
            "MASKER_AUDIT_HMAC_KEY",
            "MASKER_REPORT_SIGNING_KEY",
            "MASKER_EXTERNAL_ID_KEY")) {
      var key = new byte[32];
      random.nextBytes(key);
      env.put(name, Base64.getEncoder().encodeToString(key));
    }
    return Map.copyOf(env);
  }
}
