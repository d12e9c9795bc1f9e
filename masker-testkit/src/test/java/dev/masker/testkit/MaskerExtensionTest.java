package dev.masker.testkit;

import static dev.masker.testkit.MaskerAssertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.masker.domain.masking.Masker;
import dev.masker.domain.masking.policy.PolicyParser;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.testkit.engine.EngineTestKit;

class MaskerExtensionTest {

  @Test
  void a_test_gets_one_ready_masker_and_upstream_in_its_fields_and_parameters() {
    var results = run(Sample.class);

    results.testEvents().assertStatistics(stats -> stats.succeeded(2).failed(0));
    assertThat(Sample.seen).hasSize(2);
    var first = Sample.seen.get(0);
    var second = Sample.seen.get(1);
    assertThat(first.masker()).isNotSameAs(second.masker());
    assertThat(first.upstream()).isNotSameAs(second.upstream());
  }

  @Test
  void each_upstream_is_stopped_after_its_test() {
    run(Sample.class);

    assertThat(Sample.seen).hasSize(2);
    for (var test : Sample.seen) {
      assertThat(test.upstream().isRunning()).as("upstream of a finished test").isFalse();
    }
  }

  @Test
  void the_test_key_gives_the_same_tokens_in_every_run() {
    var said = "call me at 415 555 2671";
    var first = TestMasker.create().mask("call-1", said).text();
    var second = TestMasker.create().mask("call-1", said).text();

    assertThat(first).isEqualTo(second).hasMasked(dev.masker.domain.masking.EntityKind.PHONE);
    assertThat(TestMasker.key()).hasSize(32);
  }

  @Test
  void a_registered_extension_uses_its_own_policy() {
    run(WithPolicy.class).testEvents().assertStatistics(stats -> stats.succeeded(1).failed(0));
  }

  private static org.junit.platform.testkit.engine.EngineExecutionResults run(Class<?> sample) {
    Sample.seen.clear();
    return EngineTestKit.engine("junit-jupiter")
        .configurationParameter("junit.jupiter.conditions.deactivate", "*")
        .selectors(selectClass(sample))
        .execute();
  }

  private static boolean listening(int port) {
    try (var socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
      return true;
    } catch (ConnectException refused) {
      return false;
    } catch (IOException other) {
      throw new AssertionError(other);
    }
  }

  record Seen(Masker masker, FakeOpenAiUpstream upstream) {}

  /** Run by the engine test kit only, which turns conditions off: skipped when run on its own. */
  @Disabled("run by MaskerExtensionTest through the engine test kit")
  @ExtendWith(MaskerExtension.class)
  static class Sample {
    static final List<Seen> seen = new CopyOnWriteArrayList<>();

    Masker masker;
    FakeOpenAiUpstream upstream;
    private Masker fromBeforeEach;

    @BeforeEach
    void before(Masker masker) {
      fromBeforeEach = masker;
    }

    @Test
    void one(Masker masker, FakeOpenAiUpstream upstream) {
      check(masker, upstream);
    }

    @Test
    void two(Masker masker, FakeOpenAiUpstream upstream) {
      check(masker, upstream);
    }

    private void check(Masker masker, FakeOpenAiUpstream upstream) {
      assertThat(masker).isSameAs(this.masker).isSameAs(fromBeforeEach);
      assertThat(upstream).isSameAs(this.upstream);
      assertThat(masker.sessionsInMemory()).isZero();
      assertThat(upstream.isRunning()).isTrue();
      assertThat(listening(upstream.port())).isTrue();
      seen.add(new Seen(masker, upstream));
    }
  }

  @Disabled("run by MaskerExtensionTest through the engine test kit")
  static class WithPolicy {
    @RegisterExtension
    static final MaskerExtension extension =
        MaskerExtension.withPolicy(
            ((PolicyParser.Parsed) PolicyParser.parse("name: team\nversion: 1\nkid: K_TEAM\n"))
                .policy());

    @Test
    void tokens_carry_the_policys_kid(Masker masker) {
      assertThat(masker.mask("call-1", "call me at 415 555 2671").text())
          .contains("MSKV1.PHONE.K_TEAM.");
    }
  }
}
