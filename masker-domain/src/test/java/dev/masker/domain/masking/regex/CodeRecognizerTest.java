package dev.masker.domain.masking.regex;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CodeRecognizerTest {
  private final CodeRecognizer recognizer = new CodeRecognizer();

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "NUE320698247 is what the card says | OTHER_ID [NUE320698247] NUE320698247",
        "the m r n on my wristband from june says 54605981 | OTHER_ID [54605981] 54605981",
        "so it's x1234567, i think | OTHER_ID [x1234567] X1234567",
        "(2ZGM877) | OTHER_ID [2ZGM877] 2ZGM877",
        "my number is 0002072784006. | OTHER_ID [0002072784006] 0002072784006",
        "Lot 54605981 is what the wristband says | OTHER_ID [54605981] 54605981",
        "PIN: 04-948775543-6 | OTHER_ID [04-948775543-6] 04-948775543-6",
        "póliza de gastos médicos GMM-15171852. | OTHER_ID [GMM-15171852] GMM-15171852",
        "เลขประจำตัวประชาชน 3-1591-39275-93-4 | OTHER_ID [3-1591-39275-93-4] 3-1591-39275-93-4",
        "the number on my card is 145-186-114 | OTHER_ID [145-186-114] 145-186-114",
        "aadhaar 2345-6789-0123 | OTHER_ID [2345-6789-0123] 2345-6789-0123"
      })
  void a_code_of_letters_and_digits_or_a_long_run_of_digits_standing_alone_is_found(
      String text, String expected) {
    assertThat(Found.in(recognizer, text)).containsExactly(expected);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "take 1000mg twice, the 2nd dose at 10am",
        "it weighs 12345kg and holds 25000ml",
        "call the 800 number, the one with 555",
        "see https://example.org/visit/4488123/summary for it",
        "write to a1234567@example.org today",
        "pi is 3.14159265 and the total is 1,250,000",
        "Lot FK2880, Exp 2027-04",
        "Tracking 1Z999AA10123456784, parcel 2 of 3",
        "Order #1117910 shipped",
        "routing 021000021 is the bank's",
        "Ref: PMID 31415926",
        "hello it's MSKV1.NAME.K_HEALTHCARE.BB4GIARHIO4J3YU6SUUICZZ2VM calling",
        "the year 2024 and the zip 94110 and the code 1234",
        "seen on 2025-03-11 and 03-11-2025, version 1-2-3",
        "request 123e4567-e89b-12d3-a456-426614174000 failed",
        "Facture n° FA-2023-81131, total 145,28 €",
        "the well-known x-ray came back",
        "call 208-555-0139 or 1-208-555-0139, ssn 123-45-6789"
      })
  void measures_joined_words_labelled_goods_and_short_numbers_are_no_codes(String text) {
    assertThat(Found.in(recognizer, text)).isEmpty();
  }
}
