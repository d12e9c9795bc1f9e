package dev.masker.server.health;

import dev.masker.application.port.in.CheckAuditChainsUseCase;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * The check of every account's audit chain at start (SPEC §8), from each chain's last verified
 * checkpoint, and what {@code /health} says of it as {@code audit_log}: {@code ok} once the check
 * found every chain whole, {@code down} while it has not (a chain is broken, or the database could
 * not be read; the latter is tried again when {@code /health} is next asked). Logged by counts and
 * account ids only.
 */
@ApplicationScoped
public class AuditLogCheck {
  private static final Logger LOG = Logger.getLogger(AuditLogCheck.class);

  private final CheckAuditChainsUseCase check;
  private final AtomicBoolean running = new AtomicBoolean();
  private volatile State state = State.UNCHECKED;

  /** Where the check stands. */
  enum State {
    UNCHECKED,
    WHOLE,
    BROKEN
  }

  public AuditLogCheck(CheckAuditChainsUseCase check) {
    this.check = check;
  }

  /** After the keys (priority 1) and the first admin (10). */
  void onStart(@Observes @Priority(20) StartupEvent start) {
    run();
  }

  /** {@code ok} or {@code down}; a check that could not run is tried again, in the background. */
  String component() {
    if (state == State.UNCHECKED && !running.get()) {
      var retry = new Thread(this::run, "masker-audit-check");
      retry.setDaemon(true);
      retry.start();
    }
    return state == State.WHOLE ? HealthResource.OK : HealthResource.DOWN;
  }

  State state() {
    return state;
  }

  private void run() {
    if (!running.compareAndSet(false, true)) {
      return;
    }
    try {
      var outcome = check.checkAll();
      state = outcome.whole() ? State.WHOLE : State.BROKEN;
      if (outcome.chained() > 0) {
        LOG.infof("audit chain: %d events stored before the chain were chained", outcome.chained());
      }
      if (outcome.whole()) {
        LOG.infof(
            "audit chain: %d accounts verified (%d events since their last checkpoints)",
            outcome.accounts(), outcome.events());
      } else {
        LOG.errorf(
            "audit chain BROKEN in %d of %d accounts: %s (GET /api/v1/audit/verify says where)",
            outcome.broken().size(), outcome.accounts(), outcome.broken());
      }
    } catch (RuntimeException e) {
      // The message may come from a driver: only the type is logged.
      state = State.UNCHECKED;
      LOG.warnf(
          "audit chain not verified at start (%s); /health tries again",
          e.getClass().getSimpleName());
    } finally {
      running.set(false);
    }
  }
}
