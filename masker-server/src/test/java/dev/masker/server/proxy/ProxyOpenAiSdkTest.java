package dev.masker.server.proxy;

import static dev.masker.server.proxy.WireUpstreamResource.fake;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.core.JsonValue;
import com.openai.helpers.ChatCompletionAccumulator;
import com.openai.models.FunctionDefinition;
import com.openai.models.FunctionParameters;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionAssistantMessageParam;
import com.openai.models.chat.completions.ChatCompletionChunk;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import com.openai.models.chat.completions.ChatCompletionFunctionTool;
import com.openai.models.chat.completions.ChatCompletionMessageFunctionToolCall;
import com.openai.models.chat.completions.ChatCompletionStreamOptions;
import com.openai.models.chat.completions.ChatCompletionToolMessageParam;
import dev.masker.adapters.persistence.TestDatabase;
import dev.masker.server.proxy.Behaviours.ToolCall;
import dev.masker.server.proxy.ProxyCalls.Agent;
import dev.masker.server.proxy.WireUpstream.Received;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The proxy as the official OpenAI Java SDK sees it, against a real upstream over HTTP: the
 * upstream gets tokens only, the SDK gets every value back, in plain answers, streams and tool
 * calls.
 */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
@WithTestResource(WireUpstreamResource.class)
class ProxyOpenAiSdkTest {
  static final String CALLER_KEY = "sk-caller-key-never-forwarded-8812";

  /** What the upstream answers to the booking conversation, as tokens of values it was sent. */
  private static final String BOOKING =
      "{\"patient\":\"%s\",\"callback\":\"%s\",\"member_id\":\"%s\",\"note\":\"born %s\"}";

  private static final String TOOL_RESULT =
      "Found "
          + Phi.NAME
          + ", date of birth "
          + Phi.DOB_WRITTEN
          + ", member id "
          + Phi.MEMBER_ID
          + ", mobile "
          + Phi.PHONE_WRITTEN
          + ".";

  static OpenAIClient client(Agent agent) {
    return OpenAIOkHttpClient.builder()
        .baseUrl(agent.baseUrl())
        .apiKey(CALLER_KEY)
        .maxRetries(0)
        .timeout(Duration.ofSeconds(30))
        .build();
  }

  @AfterAll
  static void nothing_planted_reached_the_log_or_the_database() throws Exception {
    Hygiene.assertNoPlantedValueLeaked(CALLER_KEY);
  }

  @Test
  void a_plain_answer_brings_every_value_back_while_the_upstream_saw_only_tokens() {
    var agent = ProxyCalls.fakeAgent();
    var client = client(agent);

    var completion =
        client
            .chat()
            .completions()
            .create(
                ChatCompletionCreateParams.builder()
                    .model(agent.model())
                    .addSystemMessage("You book appointments for a clinic.")
                    .addUserMessage(Phi.INTRO)
                    .build());
    client.close();

    assertThat(completion.choices().get(0).message().content()).contains(Phi.INTRO);
    var received = fake().received(agent.model());
    assertThat(received).hasSize(1);
    Phi.assertNoneIn(received);
    var sent = received.get(0);
    assertThat(sent.headText())
        .startsWith("POST /v1/chat/completions HTTP/1.1\r\n")
        .contains("Bearer " + WireUpstreamResource.UPSTREAM_KEY)
        .doesNotContain(CALLER_KEY);
    var masked = Behaviours.lastUserText(sent.json());
    for (var kind : List.of("NAME", "DOB", "HEALTH_PLAN_ID", "PHONE", "EMAIL")) {
      assertThat(Phi.token(masked, kind)).startsWith("MSKV1." + kind + ".K_HEALTHCARE.");
    }
    assertThat(sent.json().path("messages").get(0).path("content").asText())
        .isEqualTo("You book appointments for a clinic.");
  }

  @Test
  void a_streamed_answer_accumulates_to_every_value_and_the_usage_chunk_passes() {
    var agent = ProxyCalls.fakeAgent();
    var client = client(agent);
    var params =
        ChatCompletionCreateParams.builder()
            .model(agent.model())
            .addUserMessage(Phi.ABOUT_MOTHER)
            .streamOptions(ChatCompletionStreamOptions.builder().includeUsage(true).build())
            .build();

    var accumulator = ChatCompletionAccumulator.create();
    var chunks = new ArrayList<ChatCompletionChunk>();
    try (var stream = client.chat().completions().createStreaming(params)) {
      stream.stream()
          .forEach(
              chunk -> {
                chunks.add(chunk);
                accumulator.accumulate(chunk);
              });
    }
    client.close();

    ChatCompletion completion = accumulator.chatCompletion();
    assertThat(completion.choices().get(0).message().content()).contains(Phi.ABOUT_MOTHER);
    assertThat(completion.usage()).isPresent();
    assertThat(completion.usage().get().totalTokens()).isPositive();
    assertThat(chunks)
        .anySatisfy(chunk -> assertThat(chunk.choices()).isEmpty())
        .filteredOn(chunk -> !chunk.choices().isEmpty())
        .allSatisfy(chunk -> assertThat(chunk.usage()).isEmpty());
    var received = fake().received(agent.model());
    Phi.assertNoneIn(received);
    assertThat(received.get(0).json().path("stream").asBoolean()).isTrue();
    assertThat(received.get(0).json().path("stream_options").path("include_usage").asBoolean())
        .isTrue();
  }

  @Test
  void tool_calls_go_up_masked_and_come_back_with_real_values() {
    var agent = ProxyCalls.fakeAgent();
    fake().on(agent.model(), Behaviours.toolCalls(request -> List.of(booking(request))));
    var client = client(agent);

    var completion = client.chat().completions().create(bookingConversation(agent.model()));
    client.close();

    var call = completion.choices().get(0).message().toolCalls().orElseThrow().get(0).asFunction();
    assertThat(call.id()).isEqualTo("call_book");
    assertThat(call.function().name()).isEqualTo("book_appointment");
    assertThat(ProxyCalls.parse(call.function().arguments())).isEqualTo(expectedBooking());
    assertMaskedBookingConversation(fake().received(agent.model()));
  }

  @Test
  void streamed_tool_call_fragments_cut_through_tokens_come_back_whole() {
    var agent = ProxyCalls.fakeAgent();
    fake()
        .on(
            agent.model(),
            Behaviours.stream(
                request -> {
                  var arguments = booking(request).arguments();
                  var frames = new ArrayList<String>();
                  for (int at = 0; at < arguments.length(); at += 7) {
                    var fragment = arguments.substring(at, Math.min(arguments.length(), at + 7));
                    frames.add(
                        Behaviours.chunk(
                            request.model(),
                            0,
                            Behaviours.toolDelta(
                                0,
                                at == 0 ? "call_book" : null,
                                at == 0 ? "book_appointment" : null,
                                fragment),
                            null));
                  }
                  frames.add(
                      Behaviours.chunk(
                          request.model(), 0, Behaviours.delta(null, null), "tool_calls"));
                  return Behaviours.sse(frames, true);
                }));
    var client = client(agent);

    var accumulator = ChatCompletionAccumulator.create();
    try (var stream =
        client.chat().completions().createStreaming(bookingConversation(agent.model()))) {
      stream.stream().forEach(accumulator::accumulate);
    }
    client.close();

    var call =
        accumulator
            .chatCompletion()
            .choices()
            .get(0)
            .message()
            .toolCalls()
            .orElseThrow()
            .get(0)
            .asFunction();
    assertThat(call.function().name()).isEqualTo("book_appointment");
    assertThat(ProxyCalls.parse(call.function().arguments())).isEqualTo(expectedBooking());
    assertMaskedBookingConversation(fake().received(agent.model()));
  }

  /**
   * A history with an assistant tool call carrying PHI in its arguments and the tool's answer
   * carrying PHI, and a tool the model may call.
   */
  private static ChatCompletionCreateParams bookingConversation(String model) {
    var arguments =
        "{\"patient\":{\"name\":\""
            + Phi.NAME
            + "\",\"phone\":\""
            + Phi.PHONE_WRITTEN
            + "\"},\"visits\":3,\"urgent\":true}";
    var lookup =
        ChatCompletionMessageFunctionToolCall.builder()
            .id("call_find")
            .function(
                ChatCompletionMessageFunctionToolCall.Function.builder()
                    .name("find_patient")
                    .arguments(arguments)
                    .build())
            .build();
    var tool =
        ChatCompletionFunctionTool.builder()
            .function(
                FunctionDefinition.builder()
                    .name("book_appointment")
                    .description("Book a visit for the patient found")
                    .parameters(
                        FunctionParameters.builder()
                            .putAdditionalProperty("type", JsonValue.from("object"))
                            .putAdditionalProperty(
                                "properties",
                                JsonValue.from(Map.of("patient", Map.of("type", "string"))))
                            .build())
                    .build())
            .build();
    return ChatCompletionCreateParams.builder()
        .model(model)
        .addSystemMessage("You book appointments for a clinic.")
        .addUserMessage("Please book me in, I am " + Phi.NAME + ".")
        .addMessage(ChatCompletionAssistantMessageParam.builder().addToolCall(lookup).build())
        .addMessage(
            ChatCompletionToolMessageParam.builder()
                .toolCallId("call_find")
                .content(TOOL_RESULT)
                .build())
        .addTool(tool)
        .build();
  }

  /** The booking the fake makes: the tokens it found in the tool's answer. */
  private static ToolCall booking(Received request) {
    var toolResult = request.json().path("messages").get(3).path("content").asText();
    return new ToolCall(
        "call_book",
        "book_appointment",
        BOOKING.formatted(
            Phi.token(toolResult, "NAME"),
            Phi.token(toolResult, "PHONE"),
            Phi.token(toolResult, "HEALTH_PLAN_ID"),
            Phi.token(toolResult, "DOB")));
  }

  private static JsonNode expectedBooking() {
    return ProxyCalls.parse(
        BOOKING.formatted(Phi.NAME, Phi.PHONE_WRITTEN, Phi.MEMBER_ID, Phi.DOB_WRITTEN));
  }

  private static void assertMaskedBookingConversation(List<Received> received) {
    assertThat(received).hasSize(1);
    Phi.assertNoneIn(received);
    var body = received.get(0).json();
    var messages = body.path("messages");
    var arguments =
        ProxyCalls.parse(
            messages.get(2).path("tool_calls").get(0).path("function").path("arguments").asText());
    assertThat(arguments.path("patient").path("name").asText()).matches(Phi.TOKEN);
    assertThat(arguments.path("patient").path("phone").asText()).matches(Phi.TOKEN);
    assertThat(arguments.path("visits").asInt()).isEqualTo(3);
    assertThat(arguments.path("urgent").asBoolean()).isTrue();
    assertThat(messages.get(2).path("tool_calls").get(0).path("id").asText())
        .isEqualTo("call_find");
    assertThat(messages.get(3).path("role").asText()).isEqualTo("tool");
    assertThat(messages.get(3).path("tool_call_id").asText()).isEqualTo("call_find");
    var function = body.path("tools").get(0).path("function");
    assertThat(function.path("name").asText()).isEqualTo("book_appointment");
    assertThat(function.path("description").asText())
        .isEqualTo("Book a visit for the patient found");
    assertThat(function.path("parameters"))
        .isEqualTo(
            ProxyCalls.parse(
                "{\"type\":\"object\",\"properties\":{\"patient\":{\"type\":\"string\"}}}"));
  }
}
