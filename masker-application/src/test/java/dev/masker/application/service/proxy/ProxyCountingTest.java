package dev.masker.application.service.proxy;

import static dev.masker.application.service.proxy.ProxyWorld.SPOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import dev.masker.application.fake.ScriptedUpstream;
import dev.masker.application.port.in.ProxyChatUseCase.Outcome;
import dev.masker.application.service.proxy.ProxyWorld.Body;
import dev.masker.domain.chat.FieldMaskEvent;
import dev.masker.domain.session.TurnRecord;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A value in a text is counted once per session, in the turn that first masked it there, wherever
 * the session's turns land: two servers on one vault count a call exactly as one server does.
 */
class ProxyCountingTest {
  /**
   * A call of five turns. "Bell" alone is an ordinary word until the third turn says whose name it
   * is: the first message is then masked further, and that value counted in the third turn.
   */
  private static List<String> call() {
    var turns = new ArrayList<String>();
    var body = Body.of("gpt-4o-mini").call("call-A").user("Bell needs a refill");
    turns.add(body.json());
    turns.add(body.assistant("Sure. Who is calling?").user(SPOKEN).json());
    turns.add(body.assistant("Thank you, Maria.").user("It is for my husband, Tom Bell").json());
    turns.add(body.assistant("Noted.").user("His member id is XJH123456789").json());
    turns.add(body.assistant("Thanks.").user("That is all, thanks").json());
    return turns;
  }

  /** Each turn's redactions as message index and kind, in a stable order. */
  private static List<List<String>> counts(List<TurnRecord> turns) {
    return turns.stream()
        .map(
            turn ->
                turn.redactions().stream()
                    .map(ProxyCountingTest::describe)
                    .sorted(Comparator.naturalOrder())
                    .toList())
        .toList();
  }

  private static String describe(FieldMaskEvent redaction) {
    return redaction.messageIndex() + ":" + redaction.event().kind();
  }

  @Test
  void a_call_whose_turns_alternate_between_two_servers_counts_as_on_one() {
    var alone = new ProxyWorld();
    var aloneAgent = alone.agent("openai:gpt-4o-mini");
    for (var turn : call()) {
      alone.send(aloneAgent, turn);
    }

    var first = new ProxyWorld();
    var second = new ProxyWorld(first);
    var agent = first.agent("openai:gpt-4o-mini");
    var recorded = new ArrayList<TurnRecord>();
    var turns = call();
    for (int i = 0; i < turns.size(); i++) {
      var server = i % 2 == 0 ? first : second;
      server.send(agent, turns.get(i));
      recorded.add(server.turns.last());
    }

    var expected = counts(alone.turns.turns());
    assertThat(expected.get(2))
        .as("the third turn counts the name it made known in the first message")
        .contains("0:NAME");
    assertThat(expected.get(4)).as("nothing new in the last turn").isEmpty();
    assertThat(counts(recorded)).isEqualTo(expected);
  }

  @Test
  void a_server_that_forgot_the_call_does_not_count_its_values_again() {
    var world = new ProxyWorld();
    var agent = world.agent("openai:gpt-4o-mini");
    var body = Body.of("gpt-4o-mini").call("call-A").user(SPOKEN);
    world.send(agent, body.json());

    var restarted = new ProxyWorld(world);
    restarted.send(agent, body.assistant("Hello.").user("Yes").json());

    assertThat(restarted.turns.last().redactions()).isEmpty();
  }

  @Test
  void a_refused_turn_counts_nothing_and_its_corrected_resend_counts_every_value() {
    var world = new ProxyWorld();
    var agent = world.agent("openai:gpt-4o-mini");
    var said = "{\"role\":\"user\",\"content\":\"" + SPOKEN + "\"}";
    var refused =
        world.send(
            agent,
            "{\"model\":\"gpt-4o-mini\",\"metadata\":{\"masker_session_id\":\"call-A\"},"
                + "\"messages\":["
                + said
                + "],\"tools\":[{\"type\":\"function\",\"function\":{\"name\":\"f\",\"parameters\":"
                + "{\"type\":\"object\",\"properties\":{\"lopez\":{\"type\":\"string\"}}}}}]}");
    assertThat(refused).isInstanceOf(Outcome.UnsupportedContent.class);

    world.send(
        agent,
        "{\"model\":\"gpt-4o-mini\",\"metadata\":{\"masker_session_id\":\"call-A\"},"
            + "\"messages\":["
            + said
            + "]}");

    assertThat(world.turns.last().redactions())
        .extracting(FieldMaskEvent::messageIndex)
        .hasSizeGreaterThanOrEqualTo(3)
        .containsOnly(0);
  }

  /**
   * Plays a call whose history holds the answers as the caller heard them, its turns on {@code
   * servers} in turn; returns each turn's record.
   */
  private static List<TurnRecord> playWithAnswers(List<ProxyWorld> servers) {
    var agent = servers.get(0).agent("openai:gpt-4o-mini");
    for (var server : servers) {
      server.upstream.answer(
          call ->
              ScriptedUpstream.completionSaying(
                  "You said: " + ScriptedUpstream.lastUserText(call.jsonBody())));
    }
    var said =
        List.of(
            "my member id is XJH123456789",
            SPOKEN,
            "and my husband Tom Lopez, 415 555 0199",
            "That is all");
    var body = Body.of("gpt-4o-mini").call("call-A");
    var recorded = new ArrayList<TurnRecord>();
    for (int i = 0; i < said.size(); i++) {
      var server = servers.get(i % servers.size());
      var outcome = server.send(agent, body.user(said.get(i)).json());
      body.assistant(ProxyWorld.answerContent(outcome));
      recorded.add(server.turns.last());
    }
    return recorded;
  }

  @Test
  void answers_resent_as_history_count_the_same_whichever_server_gave_them() {
    var alone = playWithAnswers(List.of(new ProxyWorld()));
    var first = new ProxyWorld();
    var alternating = playWithAnswers(List.of(first, new ProxyWorld(first)));

    assertThat(counts(alone).get(1))
        .as("the first answer, resent in the second turn, counted there")
        .contains("1:HEALTH_PLAN_ID");
    assertThat(counts(alternating)).isEqualTo(counts(alone));
  }
}
