package dev.masker.server;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/**
 * The settings the server module reads, each with its one default (docs/configuration.md lists
 * them); the adapters have mappings of their own for theirs. Defaults written here are seen by the
 * whole configuration, so {@code application.properties} does not repeat them.
 */
@ConfigMapping(prefix = "masker")
public interface ServerSettings {
  /** Set by {@code MaskerMain} when it started the embedded database. */
  @WithDefault("false")
  boolean localMode();

  /** Where local mode keeps its database and keys file ({@code MASKER_DATA_DIR}). */
  @WithDefault("masker-data")
  String dataDir();

  /** {@code MASKER_DEV=1}: missing keys are made up, in memory only. */
  @WithDefault("false")
  boolean dev();

  /** bcrypt's cost for new passwords. */
  @WithDefault("12")
  int bcryptCost();

  SignIn signIn();

  Optional<String> bootstrapAdminEmail();

  Optional<String> bootstrapAdminPassword();

  /** Strings whose masked form is remembered; 0 turns it off. */
  @WithDefault("50000")
  int maskedHistoryCapacity();

  Proxy proxy();

  /**
   * {@code MASKER_VAPI_WEBHOOK_SECRET}: a webhook secret every agent accepts, besides its own (SPEC
   * §7).
   */
  Optional<String> vapiWebhookSecret();

  /**
   * The proxy's per-turn timeout. Its default is written once, in the upstream adapter's settings
   * (the same value is its connection timeout).
   */
  long upstreamTimeoutMs();

  /**
   * The request path's database deadline, which bounds {@code /health}. Its default is written
   * once, in the persistence adapter's settings.
   */
  long databaseDeadlineMs();

  /** {@code masker.sign-in.*}. */
  interface SignIn {
    /** bcrypt computations at once; absent or below 1: half the processors, at least one. */
    Optional<Integer> maxConcurrentHashes();

    /** How long a sign-in waits for a free computation. */
    @WithDefault("1s")
    Duration hashWait();
  }

  /** {@code masker.proxy.*} read by the wiring. */
  interface Proxy {
    /** How long the proxy serves its copy of an agent; 0 reads it every turn. */
    @WithDefault("1000")
    long agentCacheMs();
  }
}
