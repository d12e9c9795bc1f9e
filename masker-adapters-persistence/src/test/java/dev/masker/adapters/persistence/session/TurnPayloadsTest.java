package dev.masker.adapters.persistence.session;

import static dev.masker.domain.session.TurnOutcome.OK;
import static org.assertj.core.api.Assertions.assertThat;

import dev.masker.adapters.persistence.TestDatabase;
import dev.masker.application.port.out.PayloadRepository;
import dev.masker.domain.masking.token.KeyRing;
import dev.masker.domain.masking.token.Opening;
import dev.masker.domain.session.KeptPayloads;
import dev.masker.domain.session.PayloadPart;
import dev.masker.domain.session.PayloadSeal;
import dev.masker.domain.session.SessionId;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The turn log seals kept payloads for the row they land in: the stored session and the turn's
 * number across batches; the payload repository reads them back sealed, for the session's account.
 */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class TurnPayloadsTest {
  private static final Duration WAIT = Duration.ofSeconds(60);
  private static final String SAID = "my name is Ottoline Brancaster";

  @Inject PostgresTurnLog turnLog;
  @Inject PostgresPayloadRepository payloads;
  @Inject AgroalDataSource dataSource;

  private final PayloadSeal seal = new PayloadSeal(keys());

  private static KeyRing keys() {
    var key = new byte[32];
    Arrays.fill(key, (byte) 3);
    return KeyRing.builder().key("K_TEST", key).build();
  }

  private KeptPayloads kept(String response) {
    return new KeptPayloads(
        "K_TEST", seal, SAID, Optional.of("my name is MSKV1.NAME.K_TEST.X"), Optional.of(response));
  }

  private String open(PayloadRepository.Sealed row, SessionId session, PayloadPart part) {
    var bytes =
        switch (part) {
          case REQUEST -> row.request();
          case MASKED -> row.masked();
          case RESPONSE -> row.response();
        };
    return ((Opening.Opened) seal.open(session, row.turn(), part, bytes)).value();
  }

  @Test
  void each_turns_payloads_are_sealed_for_its_own_number_and_read_back_by_its_account() {
    var call = Call.named();
    var first = call.turn(0, OK).withPayloads(kept("answer one"));
    turnLog.append(first);
    assertThat(turnLog.flush(WAIT)).isTrue();
    turnLog.append(call.turn(1, OK));
    turnLog.append(call.turn(2, OK).withPayloads(kept("answer three")));
    assertThat(turnLog.flush(WAIT)).isTrue();

    var session = first.session();
    var rows = payloads.find(call.account(), session).orElseThrow();

    assertThat(rows).extracting(PayloadRepository.Sealed::turn).containsExactly(1, 3);
    assertThat(rows).extracting(PayloadRepository.Sealed::kid).containsOnly("K_TEST");
    assertThat(open(rows.get(0), session, PayloadPart.REQUEST)).isEqualTo(SAID);
    assertThat(open(rows.get(1), session, PayloadPart.RESPONSE)).isEqualTo("answer three");
    // Sealed for turn 3: read as turn 1's, it does not open.
    assertThat(seal.open(session, 1, PayloadPart.RESPONSE, rows.get(1).response()))
        .isInstanceOf(Opening.Unreadable.class);
    assertThat(new String(rows.get(0).request(), StandardCharsets.ISO_8859_1))
        .doesNotContain("Ottoline");
    assertThat(payloads.find(Call.unnamed().account(), session)).isEmpty();
  }
}
