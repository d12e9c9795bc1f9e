package dev.masker.domain.session;

/**
 * How long one turn spent in each stage of the proxy, in nanoseconds (SPEC §5 {@code
 * stage_durations_ms}): finding values, replacing them, waiting for the upstream (the whole stream
 * when streamed), and putting values back.
 */
public record StageDurations(long detection, long tokenize, long upstream, long rehydrate) {
  public static final StageDurations NONE = new StageDurations(0, 0, 0, 0);

  public StageDurations {
    if (detection < 0 || tokenize < 0 || upstream < 0 || rehydrate < 0) {
      throw new IllegalArgumentException("durations are never negative");
    }
  }

  public StageDurations plus(StageDurations other) {
    return new StageDurations(
        detection + other.detection,
        tokenize + other.tokenize,
        upstream + other.upstream,
        rehydrate + other.rehydrate);
  }
}
