package dev.masker.domain.masking.regex;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

// 1EG4-TE5-MK73 is the example MBI of the CMS format specification.
class HealthPlanRecognizerTest {
  private final HealthPlanRecognizer recognizer = new HealthPlanRecognizer();

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          my medicare card says 1EG4-TE5-MK73       | HEALTH_PLAN_ID [1EG4-TE5-MK73] 1EG4TE5MK73
          my member id says NUE320698247            | HEALTH_PLAN_ID [NUE320698247] NUE320698247
          it's 1EG4TE5MK73                          | HEALTH_PLAN_ID [1EG4TE5MK73] 1EG4TE5MK73
          member id is XJH123456789                 | HEALTH_PLAN_ID [XJH123456789] XJH123456789
          Versichertennummer: A123456780            | HEALTH_PLAN_ID [A123456780] A123456780
          IHI 8003 6012 3456 7890                   | HEALTH_PLAN_ID [8003 6012 3456 7890] 8003601234567890
          Member #: ZDK40091720                     | HEALTH_PLAN_ID [ZDK40091720] ZDK40091720
          the id on my card is ABX448812            | HEALTH_PLAN_ID [ABX448812] ABX448812
          secondary: Medicaid RR45561290            | HEALTH_PLAN_ID [RR45561290] RR45561290
          subscriber id: W2847-33910                | HEALTH_PLAN_ID [W2847-33910] W284733910
          Health card (OHIP): 6362-774-546          | HEALTH_PLAN_ID [6362-774-546] 6362774546
          NHS No. 943 476 5919                      | HEALTH_PLAN_ID [943 476 5919] 9434765919
          Nº Utente SNS: 294713304                  | HEALTH_PLAN_ID [294713304] 294713304
          tessera sanitaria n. 80380829744632292038 | HEALTH_PLAN_ID [80380829744632292038] 80380829744632292038
          被保険者番号：17142174                          | HEALTH_PLAN_ID [17142174] 17142174
          "{""memberId"": ""W934675569""}"          | HEALTH_PLAN_ID [W934675569] W934675569
          """)
  void a_beneficiary_or_member_number_is_found(String text, String expected) {
    assertThat(Found.in(recognizer, text)).containsExactly(expected);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "1SG4-TE5-MK73", // S is never used
        "0EG4-TE5-MK73",
        "member id pending",
        "policy number is unknown",
        "group 5 at noon",
        // label rules (docs/evaluation-corpus.md): a group number names the employer's plan
        "group number 88812",
        "our policy for 2024-2025 changed",
        "medicare covers 80 percent",
        "XJH123456789"
      })
  void other_codes_are_not_plan_ids(String text) {
    assertThat(Found.in(recognizer, text)).isEmpty();
  }
}
