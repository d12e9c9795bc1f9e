package dev.masker.testkit;

import static dev.masker.testkit.MaskerAssertions.assertThat;
import static dev.masker.testkit.MaskerAssertions.assertThatThrownBy;

import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.errors.InternalServerException;
import com.openai.models.chat.completions.ChatCompletionChunk;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import dev.masker.domain.masking.EntityKind;
import dev.masker.domain.masking.Masker;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The fake upstream answers the official OpenAI Java client, streamed and not. */
@ExtendWith(MaskerExtension.class)
class FakeOpenAiUpstreamTest {
  private static final String SAID = "This is Maria Lopez, my number is 415 555 2671";

  private static OpenAIClient client(FakeOpenAiUpstream upstream) {
    return OpenAIOkHttpClient.builder()
        .baseUrl(upstream.baseUrl().toString())
        .apiKey("sk-test")
        .maxRetries(0)
        .timeout(Duration.ofSeconds(30))
        .build();
  }

  private static ChatCompletionCreateParams params(String userMessage) {
    return ChatCompletionCreateParams.builder()
        .model("gpt-4o-mini")
        .addSystemMessage("You book appointments.")
        .addUserMessage(userMessage)
        .build();
  }

  @Test
  void it_echoes_the_last_user_message_and_records_what_it_was_sent(
      Masker masker, FakeOpenAiUpstream upstream) {
    var masked = masker.mask("call-1", SAID).text();
    var client = client(upstream);

    var completion = client.chat().completions().create(params(masked));
    client.close();

    var answer = completion.choices().get(0).message().content().orElseThrow();
    assertThat(answer).isEqualTo(masked).inSession(masker, "call-1").rehydratesTo(SAID);
    assertThat(completion.model()).isEqualTo("gpt-4o-mini");
    var sent = upstream.lastRequest();
    assertThat(sent.method()).isEqualTo("POST");
    assertThat(sent.path()).isEqualTo("/v1/chat/completions");
    assertThat(sent.header("Authorization")).hasValue("Bearer sk-test");
    assertThat(sent.stream()).isFalse();
    assertThat(sent.messageTexts()).containsExactly("You book appointments.", masked);
    assertThat(sent.lastUserMessage()).hasValue(masked);
    assertThat(sent.body()).containsNoPhi().hasMasked(EntityKind.NAME, EntityKind.PHONE);
    assertThat(sent.toString()).doesNotContain("MSKV1");
  }

  @Test
  void a_streamed_answer_comes_in_chunks_that_add_up_to_the_answer(FakeOpenAiUpstream upstream) {
    upstream.answering("Your appointment is on Monday at nine.");
    var client = client(upstream);

    var chunks = new ArrayList<ChatCompletionChunk>();
    try (var stream = client.chat().completions().createStreaming(params("When?"))) {
      stream.stream().forEach(chunks::add);
    }
    client.close();

    var text = new StringBuilder();
    for (var chunk : chunks) {
      chunk.choices().forEach(c -> c.delta().content().ifPresent(text::append));
    }
    assertThat(text.toString()).isEqualTo("Your appointment is on Monday at nine.");
    assertThat(chunks).hasSizeGreaterThan(7);
    assertThat(chunks.get(chunks.size() - 1).choices().get(0).finishReason()).isPresent();
    assertThat(upstream.lastRequest().stream()).isTrue();
  }

  @Test
  void streamed_chunks_can_cut_tokens_in_two(Masker masker, FakeOpenAiUpstream upstream) {
    var masked = masker.mask("call-1", SAID).text();
    upstream.streamingInChunksOf(5);
    var client = client(upstream);

    var pieces = new ArrayList<String>();
    try (var stream = client.chat().completions().createStreaming(params(masked))) {
      stream.stream()
          .forEach(c -> c.choices().forEach(x -> x.delta().content().ifPresent(pieces::add)));
    }
    client.close();

    assertThat(pieces).allSatisfy(piece -> assertThat(piece.length()).isLessThanOrEqualTo(5));
    var rehydrator = masker.streamRehydrator("call-1");
    var heard = new StringBuilder();
    pieces.forEach(piece -> heard.append(rehydrator.accept(piece)));
    heard.append(rehydrator.finish());
    assertThat(heard.toString()).isEqualTo(SAID);
  }

  @Test
  void answers_can_be_made_from_the_request(FakeOpenAiUpstream upstream) {
    upstream.answering(request -> "You said " + request.messageTexts().size() + " things.");
    var client = client(upstream);

    var completion = client.chat().completions().create(params("Hello"));
    client.close();

    assertThat(completion.choices().get(0).message().content()).hasValue("You said 2 things.");
  }

  @Test
  void an_answerer_that_throws_gives_a_500_naming_the_exception_only(FakeOpenAiUpstream upstream) {
    upstream.answering(
        request -> {
          throw new IllegalStateException("Maria Lopez");
        });
    var client = client(upstream);

    assertThatThrownBy(() -> client.chat().completions().create(params("Hello")))
        .isInstanceOf(InternalServerException.class)
        .hasMessageContaining("answerer threw java.lang.IllegalStateException")
        .message()
        .doesNotContain("Maria");
    client.close();
  }

  @Test
  void a_failing_upstream_answers_an_openai_error(FakeOpenAiUpstream upstream) {
    upstream.failingWith(503, "the model is overloaded");
    var client = client(upstream);

    assertThatThrownBy(() -> client.chat().completions().create(params("Hello")))
        .isInstanceOf(InternalServerException.class)
        .hasMessageContaining("the model is overloaded");
    client.close();
    assertThat(upstream.requests()).hasSize(1);
  }

  @Test
  void another_path_is_a_404_and_is_recorded_too(FakeOpenAiUpstream upstream) throws Exception {
    var http = HttpClient.newHttpClient();
    var response =
        http.send(
            HttpRequest.newBuilder(URI.create(upstream.baseUrl() + "/embeddings"))
                .POST(HttpRequest.BodyPublishers.ofString("{}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.body()).contains("\"error\"");
    assertThat(upstream.requests())
        .extracting(RecordedRequest::path)
        .containsExactly("/v1/embeddings");
    upstream.clear();
    assertThat(upstream.requests()).isEmpty();
  }

  @Test
  void a_test_that_sent_nothing_finds_no_last_request(FakeOpenAiUpstream upstream) {
    assertThatThrownBy(upstream::lastRequest).hasMessage("the fake upstream received no request");
    assertThat(upstream.baseUrl().getHost()).isEqualTo("127.0.0.1");
    assertThat(upstream.port()).isPositive();
    assertThat(List.of(upstream.toString())).noneMatch(s -> s.contains("sk-"));
  }
}
