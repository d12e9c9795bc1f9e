package dev.masker.domain.masking.regex;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MedicalRecordRecognizerTest {
  private final MedicalRecordRecognizer recognizer = new MedicalRecordRecognizer();

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          MRN 00482913                              | MRN [00482913] 00482913
          Hospital no.: H7781234                    | MRN [H7781234] H7781234
          Fallnummer: 2024-00912                    | MRN [2024-00912] 202400912
          medical record number is ab-123456        | MRN [ab-123456] AB123456
          her chart number: 7734 5512               | MRN [7734 5512] 77345512
          mrn# 4471982, thanks                      | MRN [4471982] 4471982
          patient id: X99812-7                      | MRN [X99812-7] X998127
          my medical record number is MRN10000000   | MRN [MRN10000000] MRN10000000
          medical record number is 12345678901234   | MRN [12345678901234] 12345678901234
          Pt. No. 7066413                           | MRN [7066413] 7066413
          Pat.-Nr. 97406510                         | MRN [97406510] 97406510
          pt_no=0555635;dob=7/29/76                 | MRN [0555635] 0555635
          cartella clinica n. 2025/78867            | MRN [2025/78867] 202578867
          病歷號碼：81900519　姓名                        | MRN [81900519] 81900519
          "{""patientId"": ""520130940""}"          | MRN [520130940] 520130940
          Case No.: 25M585758                       | MRN [25M585758] 25M585758
          Reg. No: 787739 Patient: A. Rao           | MRN [787739] 787739
          a chart number on the paper, m r n 11200789 | MRN [11200789] 11200789
          """)
  void a_medical_record_number_after_a_cue_is_found(String text, String expected) {
    assertThat(Found.in(recognizer, text)).containsExactly(expected);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "MRN pending",
        "chart 12",
        "the chart looks good",
        "00482913",
        "medical record number is 12345678901234567890",
        "mrn abcdefgh"
      })
  void without_a_cue_or_with_a_wrong_shape_nothing_is_found(String text) {
    assertThat(Found.in(recognizer, text)).isEmpty();
  }
}
