package dev.masker.application.port.in;

import dev.masker.domain.agent.AgentId;
import dev.masker.domain.common.InvalidValue;
import dev.masker.domain.session.SessionStatus;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The filters of a session list (SPEC §5), as the caller gave them, each checked: a value out of
 * its bounds is an {@link InvalidValue} naming the query parameter.
 *
 * @param since {@code 1h}, {@code 24h}, {@code 7d}, {@code 30d}, or an ISO-8601 timestamp with a
 *     zone; sessions started at or after it
 * @param agentId only this agent's sessions
 * @param minRedactions only sessions with at least this many masked values
 * @param externalId the platform's own call id, raw as the platform sent it; matched through its
 *     keyed hash, never kept
 */
public record SessionFilter(
    String since,
    Optional<SessionStatus> status,
    Optional<AgentId> agentId,
    int minRedactions,
    Optional<String> externalId) {
  /** The default window. */
  public static final String DEFAULT_SINCE = "24h";

  /** The largest {@code min_redactions} accepted. */
  public static final int MAX_MIN_REDACTIONS = 1_000_000;

  /** The longest {@code external_id}: the proxy takes no longer session key. */
  public static final int MAX_EXTERNAL_ID_LENGTH = 256;

  private static final Map<String, Duration> WINDOWS =
      Map.of(
          "1h", Duration.ofHours(1),
          "24h", Duration.ofHours(24),
          "7d", Duration.ofDays(7),
          "30d", Duration.ofDays(30));

  private static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");
  private static final Instant LATEST = Instant.parse("3000-01-01T00:00:00Z");
  private static final String SINCE_ISSUE =
      "must be 1h, 24h, 7d, 30d or an ISO-8601 timestamp with a time zone"
          + " (2026-05-03T21:14:32.481Z) between the years 2000 and 2999";

  public SessionFilter {
    Objects.requireNonNull(since, "since");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(agentId, "agentId");
    Objects.requireNonNull(externalId, "externalId");
    if (!WINDOWS.containsKey(since)) {
      parseTimestamp(since);
    }
    if (minRedactions < 0 || minRedactions > MAX_MIN_REDACTIONS) {
      throw new InvalidValue(
          "min_redactions", "must be an integer between 0 and " + MAX_MIN_REDACTIONS);
    }
    externalId = externalId.map(SessionFilter::checkedExternalId);
  }

  /** No filter but the default window. */
  public static SessionFilter none() {
    return new SessionFilter(
        DEFAULT_SINCE, Optional.empty(), Optional.empty(), 0, Optional.empty());
  }

  /**
   * The filter from the text of the query parameters, null where a parameter was not given.
   *
   * @throws InvalidValue naming the first parameter out of its bounds
   */
  public static SessionFilter of(
      String since, String status, String agentId, String minRedactions, String externalId) {
    return new SessionFilter(
        since == null ? DEFAULT_SINCE : since.strip(),
        Optional.ofNullable(status).map(SessionStatus::fromWireName),
        Optional.ofNullable(agentId).map(SessionFilter::checkedAgentId),
        minRedactions == null ? 0 : parseMinRedactions(minRedactions),
        Optional.ofNullable(externalId));
  }

  /** The same filter for one agent's sessions. */
  public SessionFilter forAgent(AgentId agent) {
    return new SessionFilter(since, status, Optional.of(agent), minRedactions, externalId);
  }

  /** The start of the window on {@code clock}: now minus a relative window, or the timestamp. */
  public Instant start(Clock clock) {
    var window = WINDOWS.get(since);
    return window != null ? clock.instant().minus(window) : parseTimestamp(since);
  }

  /**
   * The filter as cursors are bound to it, with {@code externalIdHash} in place of the raw external
   * id, which never appears in a cursor.
   */
  public String cursorKey(Optional<String> externalIdHash) {
    // A relative window stays the same words from page to page; a timestamp is written normalised.
    var window = WINDOWS.containsKey(since) ? since : parseTimestamp(since).toString();
    return String.join(
        "|",
        "since=" + window,
        "status=" + status.map(SessionStatus::wireName).orElse(""),
        "agent=" + agentId.map(AgentId::value).orElse(""),
        "min=" + minRedactions,
        "xid=" + externalIdHash.orElse(""));
  }

  private static Instant parseTimestamp(String text) {
    Instant at;
    try {
      at = OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeException e) {
      throw new InvalidValue("since", SINCE_ISSUE);
    }
    if (at.isBefore(EARLIEST) || !at.isBefore(LATEST)) {
      throw new InvalidValue("since", SINCE_ISSUE);
    }
    return at;
  }

  private static int parseMinRedactions(String text) {
    try {
      return Integer.parseInt(text.strip());
    } catch (NumberFormatException e) {
      throw new InvalidValue(
          "min_redactions", "must be an integer between 0 and " + MAX_MIN_REDACTIONS);
    }
  }

  private static AgentId checkedAgentId(String text) {
    var id = text.strip();
    if (!AgentId.isWellFormed(id)) {
      throw new InvalidValue("agent_id", "must be an agent id (agt_ and a ULID)");
    }
    return new AgentId(id);
  }

  /** The same rules as the proxy's session keys: stripped, not blank, short, no control chars. */
  private static String checkedExternalId(String text) {
    var id = text.strip();
    if (id.isEmpty() || id.length() > MAX_EXTERNAL_ID_LENGTH) {
      throw new InvalidValue(
          "external_id", "must be 1 to " + MAX_EXTERNAL_ID_LENGTH + " characters");
    }
    if (id.chars().anyMatch(Character::isISOControl)) {
      throw new InvalidValue("external_id", "must not contain control characters");
    }
    return id;
  }
}
