package dev.masker.domain.masking.regex;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masker.domain.masking.Recognizer;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The many ways people name an identifier before saying it: "lic. #", "Member #:", "Pt ID", "S/N",
 * "F:". Values are invented; the DEA number AB1234563 and the NPI 1234567893 are the usual
 * check-digit examples (DEA formula, CMS NPI check-digit guide).
 */
class CuePhrasingTest {
  private static final List<Recognizer> RECOGNIZERS =
      List.of(
          new LicenseRecognizer(),
          new HealthPlanRecognizer(),
          new MedicalRecordRecognizer(),
          new DeviceRecognizer(),
          new AccountRecognizer(),
          new PhoneRecognizer(),
          new AgeRecognizer());

  private static List<String> found(String text) {
    return RECOGNIZERS.stream().flatMap(r -> Found.in(r, text).stream()).toList();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          ordering provider: lic. MD.0451873             | LICENSE [MD.0451873] MD0451873
          driver lic # S530-7721-4088                    | LICENSE [S530-7721-4088] S53077214088
          her state license RN882147 is current          | LICENSE [RN882147] RN882147
          CDL 48213366 issued in Georgia                 | LICENSE [48213366] 48213366
          DL#D1234567                                    | LICENSE [D1234567] D1234567
          nursing licence: 0098-7765                     | LICENSE [0098-7765] 00987765
          """)
  void a_licence_named_in_any_usual_way_is_found(String text, String expected) {
    assertThat(found(text)).containsExactly(expected);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Member #: ZDK40091720                          | HEALTH_PLAN_ID [ZDK40091720] ZDK40091720
          Policy #: HMQ-228419-01                        | HEALTH_PLAN_ID [HMQ-228419-01] HMQ22841901
          my subscriber number is W2847 33910            | HEALTH_PLAN_ID [W2847 33910] W284733910
          Member number ZGP 8841 2209 (dependent 01)     | HEALTH_PLAN_ID [ZGP 8841 2209] ZGP88412209
          the id on my card is XJH448812                 | HEALTH_PLAN_ID [XJH448812] XJH448812
          """)
  void a_member_or_policy_number_named_in_any_usual_way_is_found(String text, String expected) {
    assertThat(found(text)).containsExactly(expected);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Pt ID 774-20-91                                | MRN [774-20-91] 7742091
          Med Rec No. 5117036                            | MRN [5117036] 5117036
          chart number, current is 77420913              | MRN [77420913] 77420913
          patient # 00482913                             | MRN [00482913] 00482913
          """)
  void a_record_number_named_in_any_usual_way_is_found(String text, String expected) {
    assertThat(found(text)).containsExactly(expected);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Device ID: a3f9c2e1-77b0-4d2e-9c1a-0f55e2b1d984 | DEVICE_ID [a3f9c2e1-77b0-4d2e-9c1a-0f55e2b1d984] A3F9C2E177B04D2E9C1A0F55E2B1D984
          model and serial: XR-200 44817                  | DEVICE_ID [XR-200 44817] XR20044817
          S/N 4471AB99                                    | DEVICE_ID [4471AB99] 4471AB99
          """)
  void a_device_id_named_in_any_usual_way_is_found(String text, String expected) {
    assertThat(found(text)).containsExactly(expected);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Patient account #: PA-2210087                  | ACCOUNT [PA-2210087] PA2210087
          account number 0012 3456 789                   | ACCOUNT [0012 3456 789] 00123456789
          """)
  void an_account_number_with_or_without_a_letter_prefix_is_found(String text, String expected) {
    assertThat(found(text)).containsExactly(expected);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          text me at 555-0177                            | PHONE [555-0177] 5550177
          555-0121 is my home line                       | PHONE [555-0121] 5550121
          F: 303-555-0187                                | FAX [303-555-0187] 3035550187
          F:303.555.0187                                 | FAX [303.555.0187] 3035550187
          my mobile is 07700 900123 if you need me       | PHONE [07700 900123] 07700900123
          call the office on 020 7946 0958               | PHONE [020 7946 0958] 02079460958
          """)
  void a_local_or_national_number_near_a_line_word_or_a_number_after_f_is_found(
      String text, String expected) {
    assertThat(found(text)).containsExactly(expected);
  }

  @org.junit.jupiter.api.Test
  void a_phone_cue_after_a_fax_cue_keeps_the_next_number_a_phone() {
    assertThat(found("F: 303-555-0187 T: 303-555-0100"))
        .containsExactly("FAX [303-555-0187] 3035550187", "PHONE [303-555-0100] 3035550100");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          She'll be 90 next week.                        | AGE [90] 90
          my dad turned 101 in May                       | AGE [101] 101
          Fatima Al-Rashid, 96, needs home PT            | AGE [96] 96
          """)
  void an_age_over_eighty_nine_said_another_way_is_found(String text, String expected) {
    assertThat(found(text)).containsExactly(expected);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Lab: HbA1c 7.2%, LDL 118 mg/dL, eGFR 64.",
        "hemoglobin 11.2 g/dl, 4 units",
        "the group number is 88812",
        "bank routing 021000021",
        "our policy for 2024-2025 changed",
        "medicare covers 80 percent of it",
        "member of the family since 2019",
        "my license plate fell off",
        "the license expired in 2020",
        "room 12, call back in five minutes",
        "the year 2020 was hard",
        "take two tablets twice a day",
        "it'll be 90 minutes",
        "she turned 95 degrees to the left",
        "he will be 100 percent fine",
        "the copay will be 100",
        "values 92, 95, 97",
        "ICD-10 code 250-0001 in the chart",
        "I'll call you in five minutes",
        "Medicare Part B and the chart say so",
        "Ms. Lee, 45, walked in",
        "ref 01 2024 3345",
      })
  void ordinary_numbers_near_cue_words_are_not_identifiers(String text) {
    assertThat(found(text)).isEmpty();
  }
}
