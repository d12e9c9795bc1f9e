package dev.masker.domain.masking.regex;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masker.domain.masking.Detection;
import dev.masker.domain.masking.EntityKind;
import dev.masker.domain.masking.Pass;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CodeKindsTest {
  private static EntityKind kindOf(String text, String code) {
    int start = text.indexOf(code);
    var found =
        new Detection(EntityKind.OTHER_ID, start, start + code.length(), 0.65, Pass.REGEX, code);
    return CodeKinds.named(text, found).kind();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "the m r n on my wristband from june 29 says 54605981 | 54605981 | MRN",
        "the dea number on the script is wrong, it should be bh3521502 | bh3521502 | LICENSE",
        "my medicare card, the new one with the letters, is 3N38R24XU48 | 3N38R24XU48"
            + " | HEALTH_PLAN_ID",
        "the license plate is 2ZGM877 | 2ZGM877 | VEHICLE_ID",
        "it says 54605981 on the back | 54605981 | OTHER_ID",
        "my mrn is somewhere, but the thing is that a long time ago in a galaxy far far away"
            + " it was 54605981 | 54605981 | OTHER_ID"
      })
  void a_code_standing_alone_takes_the_kind_of_the_nearest_cue_before_it(
      String text, String code, EntityKind kind) {
    assertThat(kindOf(text, code)).isEqualTo(kind);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "36045606 that's the number on the wristband from the er | 36045606 | MRN",
        "4079927519 that's the account it's under my name | 4079927519 | ACCOUNT",
        "the number on my card is 145-186-114 it says patient id on top | 145-186-114 | MRN",
        "54605981 is what i have on the paper here, and later on my mrn will come"
            + " | 54605981 | OTHER_ID",
      })
  void a_code_with_no_cue_before_it_takes_the_kind_of_a_cue_said_right_after_it(
      String text, String code, EntityKind kind) {
    assertThat(kindOf(text, code)).isEqualTo(kind);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "the fax number for doctor swift's office is (808) 555-0152 | (808) 555-0152 | FAX",
        "the auth was faxed july twenty sixth to 412 555 0101 | 412 555 0101 | FAX",
        "the fax there is 503-555-0181 or call me at 503-555-0199 | 503-555-0199 | PHONE",
        "my phone is 415 555 0134 and i faxed it yesterday | 415 555 0134 | PHONE",
      })
  void a_phone_number_after_a_fax_cue_nearer_than_a_phone_cue_is_a_fax_number(
      String text, String phone, EntityKind kind) {
    int start = text.indexOf(phone);
    var found =
        new Detection(EntityKind.PHONE, start, start + phone.length(), 0.9, Pass.REGEX, phone);
    assertThat(CodeKinds.named(text, found).kind()).isEqualTo(kind);
  }
}
