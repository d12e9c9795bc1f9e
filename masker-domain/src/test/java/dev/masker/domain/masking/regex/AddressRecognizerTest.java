package dev.masker.domain.masking.regex;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AddressRecognizerTest {
  private final AddressRecognizer recognizer = new AddressRecognizer();

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          I live at 1600 Pennsylvania Avenue now       | 1600 Pennsylvania Avenue
          send it to 42 W. Elm St. please              | 42 W. Elm St.
          it's 350 fifth ave apt 4b                    | 350 fifth ave apt 4b
          12 Oak Ridge Court, Suite 200, Springfield   | 12 Oak Ridge Court, Suite 200
          mail goes to P.O. Box 1234                   | P.O. Box 1234
          the clinic at 77 Massachusetts Ave           | 77 Massachusetts Ave
          I'm at 221B Baker Street                     | 221B Baker Street
          148-b larkin parkway, okanee, buzzer         | 148-b larkin parkway
          Correspondência: Caixa Postal 2724, CEP      | Caixa Postal 2724
          Postfach 12 34, 10117 Berlin                 | Postfach 12 34
          resides at PMB 6706, Lagos                   | PMB 6706
          Mail goes to RR 1 Box 884, Eufaula, AL       | RR 1 Box 884
          """)
  void a_street_address_is_found(String text, String span) {
    var found = Found.only(recognizer, text);

    assertThat(text.substring(found.start(), found.end())).isEqualTo(span);
    assertThat(found.canonical()).isEqualTo(span);
    assertThat(found.confidence()).isGreaterThanOrEqualTo(0.6);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          地址：成都市武侯区人民路82号院9号楼3单元1108室      | LOCATION [成都市] 成都市;LOCATION [武侯区] 武侯区;ADDRESS [人民路82号院9号楼3单元1108室] 人民路82号院9号楼3单元1108室
          住所：東京都中野区中央3丁目10番1号 サンハイツ427号室     | LOCATION [中野区] 中野区;ADDRESS [中央3丁目10番1号 サンハイツ427号室] 中央3丁目10番1号 サンハイツ427号室
          주소: 서울특별시 강남구 테헤란로 318, 117동 1352호 (역삼동) | LOCATION [강남구] 강남구;ADDRESS [테헤란로 318, 117동 1352호] 테헤란로 318, 117동 1352호;LOCATION [역삼동] 역삼동
          Адрес: 391799, г. Самара, ул. Ленина, д. 66, кв. 37 | ZIP [391799] 391799;LOCATION [Самара] Самара;ADDRESS [ул. Ленина, д. 66, кв. 37] ул. Ленина, д. 66, кв. 37
          כתובת: רחוב ויצמן 179 דירה 15, רחובות, מיקוד 2472691 | ADDRESS [רחוב ויצמן 179 דירה 15] רחוב ויצמן 179 דירה 15;LOCATION [רחובות] רחובות;ZIP [2472691] 2472691
          Số 43 ngõ 112 phố Kim Mã, phường Trung Liệt       | ADDRESS [Số 43 ngõ 112 phố Kim Mã] Số 43 ngõ 112 phố Kim Mã;LOCATION [Trung Liệt] Trung Liệt
          lives in Seogyo-dong, Mapo-gu, Seoul              | LOCATION [Seogyo-dong] Seogyo-dong;LOCATION [Mapo-gu] Mapo-gu
          lives in Shastri Nagar, Lucknow with son          | LOCATION [Shastri Nagar] Shastri Nagar
          """)
  void an_address_in_another_script_is_read_as_town_and_street(String text, String expected) {
    assertThat(Found.in(recognizer, text)).containsExactly(expected.split(";"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "walk 5 miles down the road",
        "RR 18, BP 120/80, SpO2 97",
        "the bill was RMB 1455",
        "take 2 pills a day",
        "room 12",
        "I have 3 kids at home",
        "we drove 20 minutes down the highway",
        "my 2 dogs walk",
        "there are 2 ways",
        "in 2020 we moved to a new place"
      })
  void ordinary_sentences_with_numbers_are_not_addresses(String text) {
    assertThat(Found.in(recognizer, text)).isEmpty();
  }
}
