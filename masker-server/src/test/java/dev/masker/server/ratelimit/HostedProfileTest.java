package dev.masker.server.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masker.server.RateLimitSettings;
import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.net.URL;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The server's own configuration file: rate limits off by default, on in the hosted profile. */
class HostedProfileTest {
  @Test
  void the_hosted_profile_turns_the_limits_on_and_keeps_the_specs_sizes() throws Exception {
    var hosted = settings("hosted");

    assertThat(hosted.enabled()).isTrue();
    assertThat(hosted.proxy().burst()).isEqualTo(200);
    assertThat(hosted.proxy().perSecond()).isEqualTo(100);
    assertThat(hosted.api().burst()).isEqualTo(60);
    assertThat(hosted.api().perSecond()).isEqualTo(30);
  }

  @Test
  void without_a_profile_the_limits_are_off() throws Exception {
    assertThat(settings("prod").enabled()).isFalse();
  }

  private static RateLimitSettings settings(String profile) throws Exception {
    URL file = HostedProfileTest.class.getResource("/application.properties");
    var config =
        new SmallRyeConfigBuilder()
            .withProfile(profile)
            .withSources(new PropertiesConfigSource(file))
            // Quarkus reads "1s"; plain SmallRye needs to be told how.
            .withConverter(Duration.class, 200, new DurationConverter())
            .withMapping(RateLimitSettings.class)
            .build();
    return config.getConfigMapping(RateLimitSettings.class);
  }
}
