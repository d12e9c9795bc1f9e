package dev.masker.server.proxy;

import static dev.masker.server.proxy.FakeNerModel.ONLY_THE_MODEL_FINDS;
import static dev.masker.server.proxy.WireUpstreamResource.fake;
import static org.assertj.core.api.Assertions.assertThat;

import dev.masker.adapters.persistence.TestDatabase;
import dev.masker.adapters.persistence.session.PostgresTurnLog;
import dev.masker.domain.masking.policy.Policy;
import dev.masker.server.metrics.Scrape;
import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The {@code ner} pass end to end: a server with an OpenAI-compatible model configured ({@link
 * FakeNerModel}, started by {@link WireUpstreamResource}), agents whose policy lists {@code ner}.
 * What only the model finds is masked before the upstream sees it; when the model is down, the
 * policy's {@code ner.on_unavailable} decides: {@code refuse} answers 503 {@code
 * masking_unavailable} and sends nothing, {@code regex_only} forwards the turn masked by the
 * built-in passes, counts it and records on the turn (and in a session event) that the model pass
 * was skipped and why.
 */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
@WithTestResource(WireUpstreamResource.class)
class ProxyNerTest {
  private static final String TURN =
      "the gate code is " + ONLY_THE_MODEL_FINDS + ", and call me at " + Phi.PHONE_WRITTEN + ".";

  @AfterAll
  static void nothing_planted_reached_the_log_or_the_database() throws Exception {
    Hygiene.assertNoPlantedValueLeaked(ONLY_THE_MODEL_FINDS);
  }

  /** The built-in policy with {@code ner} among its passes and the fallback given. */
  private static String policyWithNer(String onUnavailable) {
    return Policy.healthcareDefault()
            .yaml()
            .replace("passes: [regex, lexicon]", "passes: [regex, lexicon, ner]")
        + "ner: {on_unavailable: "
        + onUnavailable
        + "}\n";
  }

  @Test
  void a_value_only_the_model_finds_never_reaches_the_upstream_and_comes_back_to_the_caller() {
    WireUpstreamResource.nerModel().up();
    var agent = ProxyCalls.fakeAgentWithPolicy(policyWithNer("refuse"));
    int answeredBefore = WireUpstreamResource.nerModel().answered();

    var response = ProxyCalls.post(agent.id(), ProxyCalls.request(agent.model(), TURN));

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    var sent = fake().received(agent.model());
    assertThat(sent).hasSize(1);
    assertThat(sent.get(0).contains(ONLY_THE_MODEL_FINDS)).isFalse();
    Phi.assertNoneIn("the upstream request", sent.get(0).bodyText());
    assertThat(sent.get(0).bodyText()).contains("MSKV1.OTHER_ID.");
    // The fake upstream echoes the masked turn: the caller gets it back rehydrated.
    assertThat(response.body()).contains(ONLY_THE_MODEL_FINDS);
    assertThat(WireUpstreamResource.nerModel().answered()).isGreaterThan(answeredBefore);
  }

  @Test
  void an_agent_whose_policy_does_not_list_ner_does_not_ask_the_model() {
    WireUpstreamResource.nerModel().up();
    var agent = ProxyCalls.fakeAgent();
    int answeredBefore = WireUpstreamResource.nerModel().answered();

    var response = ProxyCalls.post(agent.id(), ProxyCalls.request(agent.model(), TURN));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(fake().received(agent.model()).get(0).contains(ONLY_THE_MODEL_FINDS)).isTrue();
    assertThat(WireUpstreamResource.nerModel().answered()).isEqualTo(answeredBefore);
  }

  @Test
  void with_the_model_down_a_refusing_policy_answers_503_and_sends_nothing_upstream() {
    WireUpstreamResource.nerModel().down();
    var agent = ProxyCalls.fakeAgentWithPolicy(policyWithNer("refuse"));

    var response = ProxyCalls.post(agent.id(), ProxyCalls.request(agent.model(), TURN));
    var streamed =
        ProxyCalls.post(agent.id(), ProxyCalls.request(agent.model(), TURN).put("stream", true));

    ProxyUpstreamFailureTest.assertError(response, 503, "masking_unavailable");
    ProxyUpstreamFailureTest.assertError(streamed, 503, "masking_unavailable");
    assertThat(fake().received(agent.model())).isEmpty();
    assertThat(unavailable("unreachable")).isPositive();
  }

  @Test
  void with_the_model_down_a_regex_only_policy_forwards_the_turn_masked_by_the_built_in_passes()
      throws SQLException {
    WireUpstreamResource.nerModel().down();
    var agent = ProxyCalls.fakeAgentWithPolicy(policyWithNer("regex_only"));
    double skippedBefore = counter("masker_ner_skipped_total");

    var response = ProxyCalls.post(agent.id(), ProxyCalls.request(agent.model(), TURN));

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    var sent = fake().received(agent.model());
    assertThat(sent).hasSize(1);
    Phi.assertNoneIn("the upstream request", sent.get(0).bodyText());
    assertThat(sent.get(0).bodyText()).contains("MSKV1.PHONE.");
    // What only the model would have found goes on as it is: the trade-off regex_only accepts.
    assertThat(sent.get(0).contains(ONLY_THE_MODEL_FINDS)).isTrue();
    assertThat(counter("masker_ner_skipped_total")).isGreaterThan(skippedBefore);
    // The stored turn says the model pass was skipped and why; an event of the turn says so too.
    assertThat(turnsOf(agent)).containsExactly("unreachable");
    assertThat(modelPassEventsOf(agent)).containsExactly("unreachable");
  }

  @Test
  void a_turn_the_model_answered_and_a_refused_turn_record_no_skip() throws SQLException {
    WireUpstreamResource.nerModel().up();
    var answered = ProxyCalls.fakeAgentWithPolicy(policyWithNer("regex_only"));
    assertThat(
            ProxyCalls.post(answered.id(), ProxyCalls.request(answered.model(), TURN)).statusCode())
        .isEqualTo(200);
    WireUpstreamResource.nerModel().down();
    var refusing = ProxyCalls.fakeAgentWithPolicy(policyWithNer("refuse"));
    ProxyUpstreamFailureTest.assertError(
        ProxyCalls.post(refusing.id(), ProxyCalls.request(refusing.model(), TURN)),
        503,
        "masking_unavailable");

    assertThat(turnsOf(answered)).containsExactly("none");
    assertThat(modelPassEventsOf(answered)).isEmpty();
    // Refused: nothing went on without the model, so no skip (the turn is recorded as failed).
    assertThat(turnsOf(refusing)).containsExactly("none");
    assertThat(modelPassEventsOf(refusing)).isEmpty();
  }

  /** The agent's stored turns, oldest first: why the model pass was skipped, or "none". */
  private static List<String> turnsOf(ProxyCalls.Agent agent) throws SQLException {
    return column(
        "select coalesce(t.model_pass_skipped, 'none') from turns t"
            + " join sessions s on s.id = t.session_id where s.agent_id = ? order by t.started_at",
        agent);
  }

  /** The reasons of the agent's model_pass_skipped events. */
  private static List<String> modelPassEventsOf(ProxyCalls.Agent agent) throws SQLException {
    return column(
        "select reason from session_events where agent_id = ? and kind = 'model_pass_skipped'",
        agent);
  }

  private static List<String> column(String sql, ProxyCalls.Agent agent) throws SQLException {
    assertThat(Arc.container().instance(PostgresTurnLog.class).get().flush(Duration.ofSeconds(10)))
        .isTrue();
    var values = new ArrayList<String>();
    try (var connection = Arc.container().instance(AgroalDataSource.class).get().getConnection();
        var query = connection.prepareStatement(sql)) {
      query.setString(1, agent.id());
      try (var rows = query.executeQuery()) {
        while (rows.next()) {
          values.add(rows.getString(1));
        }
      }
    }
    return values;
  }

  private static double unavailable(String cause) {
    return counter("masker_ner_unavailable_total{cause=\"" + cause + "\"");
  }

  /** The value of the first series whose line starts with {@code series}. */
  private static double counter(String series) {
    var matcher =
        Pattern.compile("(?m)^" + Pattern.quote(series) + "[^ ]* ([0-9.eE+]+)$")
            .matcher(Scrape.metrics());
    assertThat(matcher.find()).as(series).isTrue();
    return Double.parseDouble(matcher.group(1));
  }
}
