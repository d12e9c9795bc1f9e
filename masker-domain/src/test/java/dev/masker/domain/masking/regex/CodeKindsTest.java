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
}
