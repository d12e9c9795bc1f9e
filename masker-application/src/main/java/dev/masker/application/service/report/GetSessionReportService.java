package dev.masker.application.service.report;

import dev.masker.application.page.Keyset;
import dev.masker.application.port.in.Caller;
import dev.masker.application.port.in.GetSessionReportUseCase;
import dev.masker.application.port.out.AuditTrail;
import dev.masker.application.port.out.PolicyVersionRepository;
import dev.masker.application.port.out.SessionRepository;
import dev.masker.application.port.out.TransactionRunner;
import dev.masker.application.service.retention.RetentionLimits;
import dev.masker.domain.account.AccountId;
import dev.masker.domain.audit.MerkleTree;
import dev.masker.domain.audit.PolicySnapshot;
import dev.masker.domain.audit.ReportSigningKey;
import dev.masker.domain.audit.SafeHarborCoverage;
import dev.masker.domain.audit.SessionReport;
import dev.masker.domain.common.IdGenerator;
import dev.masker.domain.masking.DetectableKinds;
import dev.masker.domain.masking.policy.BuiltInPolicies;
import dev.masker.domain.masking.policy.Policy;
import dev.masker.domain.masking.policy.PolicyParser;
import dev.masker.domain.session.RecordedEvent;
import dev.masker.domain.session.RecordedSession;
import dev.masker.domain.session.SessionId;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Makes a session's compliance report (SPEC §8) from what is stored: the session, its turns and
 * events, the policy version it ran under, its chain hashes and the account's chain check; signs it
 * with the report key only when the chain verifies. Nothing is stored: each request makes a new
 * report with a new id.
 */
public final class GetSessionReportService implements GetSessionReportUseCase {
  /** Events read per query while a report gathers a long call's events. */
  static final int EVENT_BATCH = 1000;

  private final SessionRepository sessions;
  private final PolicyVersionRepository versions;
  private final AuditTrail trail;
  private final TransactionRunner tx;
  private final Supplier<ReportSigningKey> key;
  private final DetectableKinds engine;
  private final RetentionLimits retention;
  private final IdGenerator ids;
  private final Clock clock;

  public GetSessionReportService(
      SessionRepository sessions,
      PolicyVersionRepository versions,
      AuditTrail trail,
      TransactionRunner tx,
      Supplier<ReportSigningKey> key,
      DetectableKinds engine,
      RetentionLimits retention,
      IdGenerator ids,
      Clock clock) {
    this.sessions = sessions;
    this.versions = versions;
    this.trail = trail;
    this.tx = tx;
    this.key = key;
    this.engine = engine;
    this.retention = retention;
    this.ids = ids;
    this.clock = clock;
  }

  @Override
  public Optional<Report> report(Caller caller, String sessionId) {
    if (!SessionId.isWellFormed(sessionId)) {
      return Optional.empty();
    }
    var id = new SessionId(sessionId);
    var account = caller.accountId();
    var stored =
        tx.inTransaction(
            () ->
                sessions
                    .find(account, id)
                    .map(
                        session ->
                            new Stored(
                                session,
                                SessionTallies.of(
                                    sessions.turns(account, id), allEvents(account, id)),
                                policyOf(account, session))));
    // The chain is read after, in transactions of the trail's own: a walk of the whole account
    // chain has no place in this one.
    return stored.map(found -> report(account, found));
  }

  /** What the report reads of the session in one transaction. */
  private record Stored(RecordedSession session, SessionTallies tallies, Policy policy) {}

  private Report report(AccountId account, Stored stored) {
    var session = stored.session();
    var policy = stored.policy();
    var tallies = stored.tallies();
    var hashes = trail.sessionHashes(account, session.id());
    var chain = trail.verify(account);
    var report =
        new SessionReport(
            "rep_" + ids.newUlid(),
            session.id(),
            session.agentId(),
            clock.instant(),
            session.startedAt(),
            session.endedAt(),
            MerkleTree.rootHex(hashes),
            hashes.size(),
            tallies.redactionsByKind(),
            tallies.redactionsByPass(),
            tallies.rehydration(),
            session.policyName(),
            session.policyVersion(),
            PolicySnapshot.of(policy.yaml()),
            SafeHarborCoverage.of(policy, engine),
            chain,
            new SessionReport.Retention(
                policy.audit().retentionDays(),
                policy.audit().logPayloads(),
                retention.payloadDays(),
                retention.sessionMetadataDays()));
    if (!report.signable()) {
      return new Report(report, Optional.empty());
    }
    var signingKey = key.get();
    var sig = Base64.getEncoder().encodeToString(signingKey.sign(report.signedBytes()));
    return new Report(
        report, Optional.of(new SessionReport.Signature("Ed25519", signingKey.keyId(), sig)));
  }

  private List<RecordedEvent> allEvents(AccountId account, SessionId id) {
    var all = new ArrayList<RecordedEvent>();
    Optional<Keyset> after = Optional.empty();
    while (true) {
      var batch = sessions.events(account, id, after, EVENT_BATCH);
      all.addAll(batch);
      if (batch.size() < EVENT_BATCH) {
        return all;
      }
      var last = batch.get(batch.size() - 1);
      after = Optional.of(new Keyset(last.ts(), last.id()));
    }
  }

  /**
   * The policy the session ran under: its kept version (docs/adr/0042), read again from its YAML,
   * or the built-in policy of that name as this server ships it.
   */
  private Policy policyOf(AccountId account, RecordedSession session) {
    var kept = versions.find(account, session.agentId(), session.policyVersion());
    var yaml = kept.flatMap(version -> version.customYaml());
    if (yaml.isPresent()) {
      return PolicyParser.parse(yaml.get())
          .fold(
              PolicyParser.Parsed::policy,
              invalid -> {
                throw new ReportUnavailable("the session's stored policy no longer parses");
              });
    }
    var name = kept.map(version -> version.name()).orElse(session.policyName());
    return BuiltInPolicies.named(name)
        .orElseThrow(
            () -> new ReportUnavailable("the policy version the session ran under is not kept"));
  }
}
