package dev.masker.domain.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.masker.domain.account.AccountId;
import dev.masker.domain.account.Plan;
import dev.masker.domain.agent.AgentId;
import dev.masker.domain.agent.AgentName;
import dev.masker.domain.agent.Upstream;
import dev.masker.domain.masking.policy.PolicyRef;
import dev.masker.domain.masking.policy.Tokenization;
import dev.masker.domain.user.Email;
import dev.masker.domain.user.Password;
import dev.masker.domain.user.Role;
import dev.masker.domain.user.UserId;
import java.util.Locale;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Refused values may be personal data: no refusal may echo them back. */
class InvalidValueTest {
  private static final String PHI = "Jane Doe 1970-01-01";

  static Stream<Arguments> refusals() {
    return Stream.of(
        refusal("email", "Jane.Doe.1970@", () -> new Email("Jane.Doe.1970@")),
        refusal("email", "jane doe@clinic.example", () -> new Email("jane doe@clinic.example")),
        refusal("password", "JaneDoe1970", () -> new Password("JaneDoe1970")),
        refusal("name", PHI + "\u0000", () -> new AgentName(PHI + "\u0000")),
        refusal("name", PHI.repeat(4), () -> new AgentName(PHI.repeat(4))),
        refusal("upstream", PHI, () -> Upstream.parse(PHI)),
        refusal("upstream", "openai:" + PHI, () -> Upstream.parse("openai:" + PHI)),
        refusal("agent_id", "agt_JaneDoe", () -> new AgentId("agt_JaneDoe")),
        refusal("account_id", "acc_JaneDoe", () -> new AccountId("acc_JaneDoe")),
        refusal("user_id", "usr_JaneDoe", () -> new UserId("usr_JaneDoe")),
        refusal("tokenization", PHI, () -> Tokenization.fromWireName(PHI)),
        refusal("plan", PHI, () -> Plan.fromWireName(PHI)),
        refusal("role", PHI, () -> Role.fromWireName(PHI)),
        refusal("policy_version", "-1970", () -> new PolicyRef("healthcare-default", -1970)));
  }

  private static Arguments refusal(String field, String value, ThrowingCallable refused) {
    return Arguments.of(field, value, refused);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusals")
  void a_refusal_names_the_field_and_the_rule_but_never_the_value(
      String field, String value, ThrowingCallable refused) {
    var e = catchThrowableOfType(InvalidValue.class, refused);

    assertThat(e).as("refused").isNotNull();
    assertThat(e.field()).isEqualTo(field);
    assertThat(e.issue()).isNotBlank();
    assertThat(e.getMessage()).isEqualTo(field + " " + e.issue());
    assertThat(e.getMessage().toLowerCase(Locale.ROOT))
        .doesNotContain(value.strip().toLowerCase(Locale.ROOT))
        .doesNotContain("jane")
        .doesNotContain("1970");
  }

  @Test
  void an_invalid_value_is_an_illegal_argument() {
    assertThat(new InvalidValue("limit", "must be between 1 and 100"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("limit must be between 1 and 100");
  }
}
