package dev.masker.server.api;

import static dev.masker.server.api.RecordedCalls.ids;
import static dev.masker.server.api.RecordedCalls.recorded;
import static dev.masker.server.api.RecordedCalls.stubAgent;
import static dev.masker.server.api.RecordedCalls.turn;
import static org.assertj.core.api.Assertions.assertThat;

import dev.masker.adapters.persistence.TestDatabase;
import dev.masker.server.proxy.Behaviours;
import dev.masker.server.proxy.Phi;
import dev.masker.server.proxy.ProxyCalls;
import dev.masker.server.proxy.WireUpstreamResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The recorded calls over HTTP (SPEC §5): what a session, its turns and its events read like, every
 * filter of the list, and pages that stay put while calls arrive.
 */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
@WithTestResource(WireUpstreamResource.class)
class SessionsApiTest {
  private static final String TIME = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z";

  @Test
  void a_call_reads_back_with_the_fields_of_the_spec() {
    var tenant = Tenant.open();
    var agent = stubAgent(tenant, "Front desk");
    turn(agent, "call-1", Phi.INTRO);
    turn(agent, "call-1", "Thanks, that is all.");
    recorded();

    var page = tenant.asAdmin().get("/api/v1/sessions").then().statusCode(200).extract();
    var json = page.jsonPath();

    assertThat(json.getList("data")).hasSize(1);
    assertThat(json.getString("next_cursor")).isNull();
    var session = json.getMap("data[0]");
    assertThat((String) session.get("id")).matches("sess_[0-9A-HJKMNP-TV-Z]{26}");
    assertThat(session)
        .containsEntry("agent_id", agent)
        .containsEntry("agent_name", "Front desk")
        .containsEntry("status", "ok")
        .containsEntry("turn_count", 2)
        .containsEntry("policy_name", "healthcare-default")
        .containsEntry("policy_version", 1)
        .containsEntry("upstream_model", null);
    assertThat((String) session.get("external_id")).matches("xid_[A-Z2-7]{32}");
    assertThat((String) session.get("started_at")).matches(TIME);
    assertThat((String) session.get("ended_at")).matches(TIME);
    var started = Instant.parse((String) session.get("started_at"));
    var ended = Instant.parse((String) session.get("ended_at"));
    assertThat(((Number) session.get("duration_ms")).longValue())
        .isEqualTo(ended.toEpochMilli() - started.toEpochMilli());
    @SuppressWarnings("unchecked")
    var byKind = (Map<String, Integer>) session.get("redactions_by_kind");
    assertThat(byKind).containsKeys("NAME", "PHONE");
    assertThat(byKind.values().stream().mapToInt(Integer::intValue).sum())
        .isEqualTo(session.get("redaction_count"))
        .isGreaterThanOrEqualTo(4);
    @SuppressWarnings("unchecked")
    var stages = (Map<String, Number>) session.get("stage_durations_ms");
    assertThat(stages).containsOnlyKeys("detection", "tokenize", "upstream", "rehydrate");
    assertThat(stages.values()).allSatisfy(ms -> assertThat(ms.doubleValue()).isNotNegative());
    assertThat(stages.get("detection").doubleValue()).isPositive();
    assertThat(page.contentType()).startsWith("application/json");
    assertThat(page.header("X-Request-Id")).startsWith("req_");
  }

  @Test
  void the_detail_has_the_turns_in_order_and_events_that_add_up_to_the_redactions() {
    var tenant = Tenant.open();
    var agent = stubAgent(tenant, "Intake");
    turn(agent, "call-2", Phi.INTRO);
    turn(agent, "call-2", Phi.ABOUT_MOTHER);
    recorded();
    var id = ids(tenant.asAdmin().get("/api/v1/sessions").jsonPath()).get(0);

    var detail = tenant.asAdmin().get("/api/v1/sessions/" + id).then().statusCode(200);
    var session = detail.extract().jsonPath().setRootPath("session");

    assertThat(session.getString("id")).isEqualTo(id);
    assertThat(session.getList("turns.turn", Integer.class)).containsExactly(1, 2);
    assertThat(session.getList("turns.outcome", String.class)).containsOnly("ok");
    assertThat(session.getList("turns.status", Integer.class)).containsOnly(200);
    assertThat(session.getList("turns.started_at", String.class)).allMatch(t -> t.matches(TIME));
    assertThat(session.getList("turns.stage_durations_ms.detection", Float.class))
        .allMatch(ms -> ms >= 0);
    var events = session.getList("events", Map.class);
    assertThat(events).isNotEmpty();
    assertThat(events)
        .allSatisfy(
            event -> {
              assertThat((String) event.get("event_id")).matches("evt_[0-9A-Z]{26}");
              assertThat(event.get("session_id")).isEqualTo(id);
              assertThat(event.get("kind")).isEqualTo("redaction");
              assertThat((String) event.get("ts")).matches(TIME);
              assertThat((List<?>) event.get("span")).hasSize(2);
              assertThat(event.get("pass")).isIn("regex", "lexicon", "ner");
              assertThat(event.get("action")).isIn("tokenize", "redact", "passthrough");
              assertThat(event.get("reason")).isNull();
            });
    assertThat(session.getList("events.turn", Integer.class)).contains(1, 2).isSorted();
    int values = session.getList("events.count", Integer.class).stream().mapToInt(n -> n).sum();
    assertThat(values).isEqualTo(session.getInt("redaction_count"));
    assertThat(session.getString("events_next_cursor")).isNull();
    assertThat(session.getMap("").containsKey("payloads")).isTrue();
    assertThat(session.getString("payloads")).isNull();
  }

  @Test
  void a_long_call_shows_its_first_hundred_events_and_pages_through_all_of_them_in_order() {
    var tenant = Tenant.open();
    var agent = stubAgent(tenant, "Long call");
    // One turn whose 120 messages each hold a number: 120 event rows, one per message.
    var body = ProxyCalls.request("stub", "Hello.");
    var messages = body.withArray("messages");
    messages.removeAll();
    for (int i = 0; i < 120; i++) {
      messages.addObject().put("role", "user").put("content", "Call me at 415 555 " + (1000 + i));
    }
    var answer = ProxyCalls.post(agent, body, "Masker-Session-Id", "long-call");
    assertThat(answer.statusCode()).isEqualTo(200);
    recorded();
    var id = ids(tenant.asAdmin().get("/api/v1/sessions").jsonPath()).get(0);

    var detail =
        tenant.asAdmin().get("/api/v1/sessions/" + id).then().statusCode(200).extract().jsonPath();
    var firstHundred = detail.getList("session.events.event_id", String.class);
    var rest =
        tenant
            .asAdmin()
            .queryParam("cursor", detail.getString("session.events_next_cursor"))
            .get("/api/v1/sessions/" + id + "/events")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    var paged = RecordedCalls.allPages(tenant, "/api/v1/sessions/" + id + "/events", 7);

    assertThat(firstHundred).hasSize(100);
    assertThat(rest.getList("data.event_id", String.class)).hasSize(20);
    assertThat(rest.getString("next_cursor")).isNull();
    var all = paged.stream().map(event -> (String) event.get("event_id")).toList();
    assertThat(all).hasSize(120).doesNotHaveDuplicates();
    assertThat(all.subList(0, 100)).containsExactlyElementsOf(firstHundred);
    assertThat(all.subList(100, 120))
        .containsExactlyElementsOf(rest.getList("data.event_id", String.class));
    assertThat(paged.stream().map(event -> (Integer) event.get("message_index")).toList())
        .as("oldest first: the messages in the order they came")
        .isSorted();
  }

  @Test
  void each_filter_narrows_the_list() {
    var tenant = Tenant.open();
    var first = stubAgent(tenant, "First");
    var second = stubAgent(tenant, "Second");
    turn(first, "a-1", Phi.INTRO);
    turn(first, "a-2", "Hello there, what are your opening hours?");
    turn(second, "b-1", "My number is " + Phi.PHONE_WRITTEN + ".");
    recorded();
    var a1 = onlyId(tenant, "external_id=a-1");
    var a2 = onlyId(tenant, "external_id=a-2");
    var b1 = onlyId(tenant, "external_id=b-1");

    assertThat(idsOf(tenant, "")).containsExactly(b1, a2, a1);
    assertThat(idsOf(tenant, "agent_id=" + first)).containsExactly(a2, a1);
    assertThat(idsOf(tenant, "agent_id=" + second)).containsExactly(b1);
    assertThat(idsOf(tenant, "min_redactions=1")).containsExactly(b1, a1);
    assertThat(idsOf(tenant, "min_redactions=2")).containsExactly(a1);
    assertThat(idsOf(tenant, "agent_id=" + first + "&min_redactions=1")).containsExactly(a1);
    assertThat(idsOf(tenant, "status=ok")).containsExactly(b1, a2, a1);
    assertThat(idsOf(tenant, "status=error")).isEmpty();
    assertThat(idsOf(tenant, "status=partial")).isEmpty();
    assertThat(idsOf(tenant, "external_id=%20a-1%20")).as("stripped like the proxy").hasSize(1);
    assertThat(idsOf(tenant, "external_id=a-3")).isEmpty();
    for (var window : List.of("1h", "24h", "7d", "30d")) {
      assertThat(idsOf(tenant, "since=" + window)).hasSize(3);
    }
    var hourAgo = Instant.now().minus(1, ChronoUnit.HOURS);
    var inAnHour = Instant.now().plus(1, ChronoUnit.HOURS);
    assertThat(idsOf(tenant, "since=" + hourAgo)).hasSize(3);
    assertThat(
            idsOf(
                tenant,
                "since=" + hourAgo.atOffset(ZoneOffset.ofHours(2)).toString().replace("+", "%2B")))
        .hasSize(3);
    assertThat(idsOf(tenant, "since=" + inAnHour)).isEmpty();
    var agentPath = "/api/v1/agents/" + first + "/sessions";
    assertThat(ids(tenant.asAdmin().get(agentPath).then().statusCode(200).extract().jsonPath()))
        .containsExactly(a2, a1);
    assertThat(
            ids(
                tenant
                    .asAdmin()
                    .get(agentPath + "?min_redactions=1")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath()))
        .containsExactly(a1);
  }

  @Test
  void status_tells_calls_that_failed_from_calls_that_partly_failed() {
    var tenant = Tenant.open();
    var failing = ProxyCalls.agent(tenant, "fake", "vault-deterministic", false);
    var flaky = ProxyCalls.agent(tenant, "fake", "vault-deterministic", false);
    var upstream = WireUpstreamResource.fake();
    upstream.on(failing.model(), Behaviours.status(500, "server_error", "down"));
    upstream.on(flaky.model(), Behaviours.echo());
    call(failing, "bad", 502);
    call(flaky, "mixed", 200);
    upstream.on(flaky.model(), Behaviours.status(500, "server_error", "down"));
    call(flaky, "mixed", 502);
    recorded();
    var bad = onlyId(tenant, "external_id=bad");
    var mixed = onlyId(tenant, "external_id=mixed");

    assertThat(idsOf(tenant, "status=error")).containsExactly(bad);
    assertThat(idsOf(tenant, "status=partial")).containsExactly(mixed);
    assertThat(idsOf(tenant, "status=ok")).isEmpty();
    var turns = tenant.asAdmin().get("/api/v1/sessions/" + mixed).then().extract().jsonPath();
    assertThat(turns.getList("session.turns.outcome", String.class))
        .containsExactly("ok", "failed");
    assertThat(turns.getList("session.turns.status", Integer.class)).containsExactly(200, 502);
  }

  @Test
  void calls_that_arrive_between_pages_neither_skip_nor_repeat_a_row() {
    var tenant = Tenant.open();
    var agent = stubAgent(tenant, "Busy line");
    for (int i = 0; i < 5; i++) {
      turn(agent, null, "Hello number " + i);
    }
    recorded();

    var first = tenant.asAdmin().get("/api/v1/sessions?limit=2").then().extract().jsonPath();
    for (int i = 0; i < 3; i++) {
      turn(agent, null, "Hello again " + i);
    }
    recorded();
    var collected = new ArrayList<>(ids(first));
    var cursor = first.getString("next_cursor");
    while (cursor != null) {
      var page =
          tenant
              .asAdmin()
              .queryParam("limit", 2)
              .queryParam("cursor", cursor)
              .get("/api/v1/sessions")
              .then()
              .statusCode(200)
              .extract()
              .jsonPath();
      collected.addAll(ids(page));
      cursor = page.getString("next_cursor");
    }

    var everything = idsOf(tenant, "limit=100");
    assertThat(everything).hasSize(8);
    assertThat(collected)
        .doesNotHaveDuplicates()
        .containsExactlyElementsOf(everything.subList(3, 8));
  }

  private static void call(ProxyCalls.Agent agent, String session, int status) {
    var response =
        ProxyCalls.post(
            agent.id(),
            ProxyCalls.request(agent.model(), "Hello.").toString(),
            "Masker-Session-Id",
            session);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
  }

  private static List<String> idsOf(Tenant tenant, String query) {
    JsonPath page =
        tenant
            .asAdmin()
            .urlEncodingEnabled(false)
            .get("/api/v1/sessions" + (query.isEmpty() ? "" : "?" + query))
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    return ids(page);
  }

  private static String onlyId(Tenant tenant, String query) {
    var ids = idsOf(tenant, query);
    assertThat(ids).as(query).hasSize(1);
    return ids.get(0);
  }
}
