package dev.masker.server.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masker.adapters.persistence.TestDatabase;
import dev.masker.application.port.out.UpstreamCall;
import dev.masker.application.port.out.UpstreamLlm;
import dev.masker.application.port.out.UpstreamReply;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The running server has exactly one {@link UpstreamLlm}, and it knows the built-in stub. */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class UpstreamWiringTest {
  @Inject UpstreamLlm upstream;

  @Test
  void the_injected_upstream_answers_stub_calls() {
    var reply =
        upstream.complete(
            new UpstreamCall(
                "stub",
                null,
                "{\"model\":\"x\",\"messages\":[{\"role\":\"user\",\"content\":\"ping\"}]}",
                Duration.ofSeconds(5)));

    assertThat(reply).isInstanceOf(UpstreamReply.Completion.class);
    assertThat(((UpstreamReply.Completion) reply).body()).contains("\"content\":\"ping\"");
  }
}
