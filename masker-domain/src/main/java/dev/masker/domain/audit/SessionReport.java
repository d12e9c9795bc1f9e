package dev.masker.domain.audit;

import dev.masker.domain.agent.AgentId;
import dev.masker.domain.json.CanonicalJson;
import dev.masker.domain.json.Json;
import dev.masker.domain.json.JsonBoolean;
import dev.masker.domain.json.JsonNull;
import dev.masker.domain.json.JsonNumber;
import dev.masker.domain.json.JsonObject;
import dev.masker.domain.json.JsonString;
import dev.masker.domain.session.SessionId;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The compliance report of one call (SPEC §8): counts, hashes and the policy only, never a value.
 * {@link #document} is the report as served; {@link #signedBytes} the UTF-8 of the canonical JSON
 * of that document without {@code signature}, which is what its signature covers.
 *
 * @param id {@code rep_} and a ULID
 * @param merkleRootHex the {@link MerkleTree} root of the session's chain hashes
 * @param eventCount how many of the session's events the chain holds (the tree's leaves)
 * @param redactionsByKind values masked, by entity kind
 * @param redactionsByPass values masked, by the pass that found them
 * @param policySnapshot the policy's YAML as {@link PolicySnapshot} shows it
 * @param chain what verifying the account's chain found; the report is signed only when it is ok
 */
public record SessionReport(
    String id,
    SessionId sessionId,
    AgentId agentId,
    Instant generatedAt,
    Instant windowFrom,
    Instant windowTo,
    String merkleRootHex,
    long eventCount,
    Map<String, Long> redactionsByKind,
    Map<String, Long> redactionsByPass,
    Rehydration rehydration,
    String policyName,
    int policyVersion,
    String policySnapshot,
    SafeHarborCoverage coverage,
    ChainCheck chain,
    Retention retention) {
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  public SessionReport {
    Objects.requireNonNull(id, "id");
    if (!id.startsWith("rep_")) {
      throw new IllegalArgumentException("a report id starts with rep_");
    }
    Objects.requireNonNull(sessionId, "sessionId");
    Objects.requireNonNull(agentId, "agentId");
    Objects.requireNonNull(generatedAt, "generatedAt");
    Objects.requireNonNull(windowFrom, "windowFrom");
    Objects.requireNonNull(windowTo, "windowTo");
    Objects.requireNonNull(merkleRootHex, "merkleRootHex");
    Objects.requireNonNull(rehydration, "rehydration");
    Objects.requireNonNull(policyName, "policyName");
    Objects.requireNonNull(policySnapshot, "policySnapshot");
    Objects.requireNonNull(coverage, "coverage");
    Objects.requireNonNull(chain, "chain");
    Objects.requireNonNull(retention, "retention");
    if (eventCount < 0) {
      throw new IllegalArgumentException("no negative event count");
    }
    redactionsByKind = Collections.unmodifiableMap(new TreeMap<>(redactionsByKind));
    redactionsByPass = Collections.unmodifiableMap(new TreeMap<>(redactionsByPass));
  }

  /**
   * How rehydration went, counted in turns from what the turn log records.
   *
   * @param ok turns whose answer reached the caller whole with no token left unopened
   * @param failed turns with at least one {@code rehydration_failed} event
   * @param failedValues the tokens that could not be opened, over all turns
   */
  public record Rehydration(long ok, long failed, long failedValues) {
    public Rehydration {
      if (ok < 0 || failed < 0 || failedValues < failed) {
        throw new IllegalArgumentException("counts are never negative; a failed turn has a value");
      }
    }
  }

  /**
   * What is kept of the call and for how long.
   *
   * @param auditEventDays the policy's {@code audit.retention_days}: events and their chain hashes
   * @param payloadsKept the policy's {@code audit.log_payloads}
   * @param payloadDays the server's payload retention, in days (0: deleted at the next run)
   * @param sessionMetadataDays the server's session retention, in days after the last activity
   */
  public record Retention(
      int auditEventDays, boolean payloadsKept, int payloadDays, int sessionMetadataDays) {}

  /** The signature of a report: {@code alg} Ed25519, the key's id, the signature in base64. */
  public record Signature(String alg, String keyId, String sig) {
    public Signature {
      Objects.requireNonNull(alg, "alg");
      Objects.requireNonNull(keyId, "keyId");
      Objects.requireNonNull(sig, "sig");
    }
  }

  /** Whether the report may be signed: only over a chain that verifies. */
  public boolean signable() {
    return chain.ok();
  }

  /** The UTF-8 of the canonical JSON of {@link #document} without {@code signature}. */
  public byte[] signedBytes() {
    return CanonicalJson.write(unsigned()).getBytes(StandardCharsets.UTF_8);
  }

  /** The report as served, with its signature, or {@code "signature": null} when it has none. */
  public JsonObject document(Optional<Signature> signature) {
    var document = unsigned();
    document.put(
        "signature",
        signature
            .<Json>map(
                sig ->
                    new JsonObject()
                        .put("alg", text(sig.alg()))
                        .put("key_id", text(sig.keyId()))
                        .put("sig", text(sig.sig())))
            .orElse(JsonNull.NULL));
    return document;
  }

  private JsonObject unsigned() {
    var coverageMembers = new JsonObject();
    coverage
        .matrix()
        .forEach((identifier, c) -> coverageMembers.put(identifier.key(), text(c.wireName())));
    return new JsonObject()
        .put("id", text(id))
        .put("scope", text("session"))
        .put("session_id", text(sessionId.value()))
        .put("agent_id", text(agentId.value()))
        .put("generated_at", time(generatedAt))
        .put("window", new JsonObject().put("from", time(windowFrom)).put("to", time(windowTo)))
        .put("merkle_root_hex", text(merkleRootHex))
        .put("event_count", number(eventCount))
        .put("redactions_by_kind", counts(redactionsByKind))
        .put("redactions_by_pass", counts(redactionsByPass))
        .put(
            "rehydration",
            new JsonObject()
                .put("ok", number(rehydration.ok()))
                .put("failed", number(rehydration.failed()))
                .put("failed_values", number(rehydration.failedValues())))
        .put("policy_name", text(policyName))
        .put("policy_version", number(policyVersion))
        .put("policy_snapshot", text(policySnapshot))
        .put("safe_harbor_coverage", coverageMembers)
        .put("chain_verified", JsonBoolean.of(chain.ok()))
        .put("chain_message", text(chain.message()))
        .put(
            "retention",
            new JsonObject()
                .put("audit_event_days", number(retention.auditEventDays()))
                .put("payloads_kept", JsonBoolean.of(retention.payloadsKept()))
                .put("payload_days", number(retention.payloadDays()))
                .put("session_metadata_days", number(retention.sessionMetadataDays())));
  }

  /** A time as the API writes it: UTC, milliseconds, {@code Z}. */
  public static String timeText(Instant instant) {
    return TIME.format(instant);
  }

  private static JsonString time(Instant instant) {
    return text(timeText(instant));
  }

  private static JsonObject counts(Map<String, Long> counts) {
    var object = new JsonObject();
    counts.forEach((key, count) -> object.put(key, number(count)));
    return object;
  }

  private static JsonString text(String value) {
    return new JsonString(value);
  }

  private static JsonNumber number(long value) {
    return new JsonNumber(Long.toString(value));
  }
}
