package dev.masker.domain.masking.regex;

import dev.masker.domain.masking.Detection;
import dev.masker.domain.masking.EntityKind;
import dev.masker.domain.masking.Pass;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Addresses written in Chinese, Japanese, Korean, Cyrillic and Hebrew script and in Vietnamese, for
 * {@link AddressRecognizer}: the city, ward and district are towns (LOCATION), the street, house,
 * building and flat an ADDRESS; districts of Korea and Japan in Latin letters ("Mapo-gu") and
 * neighbourhoods of Indian towns ("Shastri Nagar") too. "成都市武侯区人民路82号院9号楼3单元1108室",
 * "東京都中野区中央3丁目10番1号 サンハイツ427号室", "서울특별시 강남구 테헤란로 318, 117동 1352호 (역삼동)", "г. Самара, ул. Ленина, д.
 * 66, кв. 37". Provinces, prefectures and metropolitan cities (省, 都, 특별시) are not reported. Each
 * pattern runs only when a character of its script's addresses is in the text.
 */
final class ScriptAddresses {
  private static final Pattern CHINESE =
      Pattern.compile(
          "(?:\\p{IsHan}{2,3}(?:省|自治区))?(\\p{IsHan}{2,4}市)?(\\p{IsHan}{1,4}[区县])?"
              + "(\\p{IsHan}{1,8}(?:路|街|道|巷|胡同)\\d{1,5}号(?:[\\p{IsHan}\\d]{0,20}室)?)");

  private static final Pattern JAPANESE =
      Pattern.compile(
          "(?:\\p{IsHan}{2,3}[都道府県])?(\\p{IsHan}{1,5}[市区町村郡])?"
              + "(\\p{IsHan}{0,6}\\d{1,2}丁目\\d{1,3}番(?:地)?(?:\\d{1,3}号)?"
              + "(?:[ \\u3000]?[\\p{L}\\p{IsKatakana}]{1,10}\\d{1,4}号室)?)");

  private static final Pattern KOREAN =
      Pattern.compile(
          "(?:[가-힣]{2,5}(?:특별시|광역시|특별자치시|도)[ ]?)?([가-힣]{1,4}[구군시])?[ ]?"
              + "([가-힣\\d]{1,10}(?:로|길)[ ]?\\d{1,4}(?:-\\d{1,4})?"
              + "(?:,[ ]?\\d{1,4}동[ ]?\\d{1,5}호)?)(?:[ ]?\\(([가-힣]{1,5}동)\\))?"
              + "(?:[ ]?우편번호[ ]?(\\d{5}))?");

  private static final Pattern CYRILLIC =
      Pattern.compile(
          "(?<![\\p{L}\\d])(?:(\\d{6}),[ ]?)?"
              + "(?:(?:г|м)\\.[ ]?(\\p{IsCyrillic}[\\p{IsCyrillic}\\-]{1,24}),[ ]?)?"
              + "((?:ул|вул|просп|пр|пер|наб|бул|пл|ш)\\.[ ]?\\p{IsCyrillic}[\\p{IsCyrillic}\\- ]{1,30},"
              + "[ ]?(?:д\\.[ ]?)?\\d{1,4}[\\p{IsCyrillic}]?(?:/\\d{1,3})?"
              + "(?:,[ ]?(?:кв|к|корп|стр|оф)\\.[ ]?\\d{1,4})*)"
              + "(?:,[ ]?(?:г|м)\\.[ ]?(\\p{IsCyrillic}[\\p{IsCyrillic}\\-]{1,24}))?"
              + "(?:,[ ]?(\\d{5,6})(?!\\d))?");

  /** "רחוב ויצמן 179 דירה 15, רחובות, מיקוד 2472691": street and flat, town, postal code. */
  private static final Pattern HEBREW =
      Pattern.compile(
          "((?:רחוב|רח'|שדרות|שד')[ ]\\p{IsHebrew}[\\p{IsHebrew} ]{0,20}[ ]\\d{1,4}"
              + "(?:[ ]דירה[ ]\\d{1,4})?)(?:,[ ]?(\\p{IsHebrew}[\\p{IsHebrew} ]{1,20}))?"
              + "(?:,[ ]?מיקוד[ ]?(\\d{7}))?");

  /**
   * "Số 43 ngõ 112 phố Kim Mã, phường Trung Liệt, quận Hai Bà Trưng, Hà Nội": the house and street,
   * then the ward and district after their words.
   */
  private static final Pattern VIETNAMESE_STREET =
      Pattern.compile(
          "(?:[Ss]ố[ ])?\\d{1,4}[A-Z]?(?:/\\d{1,4})?(?:[ ](?:ngõ|ngách|hẻm|kiệt)[ ]\\d{1,4})*"
              + "[ ](?:phố|đường|Đường|Phố)[ ]\\p{Lu}[\\p{L}]*(?:[ ]\\p{Lu}[\\p{L}]*){0,3}");

  private static final Pattern VIETNAMESE_AREA =
      Pattern.compile(
          "(?<![\\p{L}])(?:phường|quận|huyện|xã|thị xã|Phường|Quận|Huyện)[ ]"
              + "(\\p{Lu}[\\p{L}]*(?:[ ]\\p{Lu}[\\p{L}]*){0,3}|\\d{1,2})");

  /**
   * Districts of Korea and Japan written in Latin letters: "Mapo-gu", "Kita-ku", "Yeoksam-dong".
   */
  private static final Pattern ROMANISED_DISTRICT =
      Pattern.compile(
          "(?<![\\p{L}-])\\p{Lu}\\p{Ll}{1,14}-(?:gu|ku|dong|gun|si|shi|cho|machi|myeon|eup)(?![\\p{L}-])");

  /** Neighbourhoods of Indian towns: "Shastri Nagar", "Anna Nagar", "Mayur Vihar". */
  private static final Pattern INDIAN_LOCALITY =
      Pattern.compile(
          "(?<![\\p{L}])\\p{Lu}\\p{Ll}{1,14}[ ](?:Nagar|Colony|Layout|Vihar|Puram|Bagh|Ganj|Gunj)"
              + "(?![\\p{L}])");

  private static final EntityKind[] HEBREW_KINDS = {
    EntityKind.ADDRESS, EntityKind.LOCATION, EntityKind.ZIP
  };

  private ScriptAddresses() {}

  private static final EntityKind[] CHINESE_KINDS = {
    EntityKind.LOCATION, EntityKind.LOCATION, EntityKind.ADDRESS
  };
  private static final EntityKind[] JAPANESE_KINDS = {EntityKind.LOCATION, EntityKind.ADDRESS};
  private static final EntityKind[] KOREAN_KINDS = {
    EntityKind.LOCATION, EntityKind.ADDRESS, EntityKind.LOCATION, EntityKind.ZIP
  };
  private static final EntityKind[] CYRILLIC_KINDS = {
    EntityKind.ZIP, EntityKind.LOCATION, EntityKind.ADDRESS, EntityKind.LOCATION, EntityKind.ZIP
  };

  static void find(String text, List<Detection> out) {
    boolean otherScript = false;
    boolean hyphen = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      otherScript |= c >= '\u0100';
      hyphen |= c == '-';
    }
    if (otherScript) {
      otherScripts(text, out);
    }
    if (hyphen
        && (text.indexOf("-gu") >= 0
            || text.indexOf("-ku") >= 0
            || text.indexOf("-dong") >= 0
            || text.indexOf("-si") >= 0)) {
      whole(ROMANISED_DISTRICT.matcher(text), EntityKind.LOCATION, out);
    }
    if (text.indexOf("Nagar") >= 0
        || text.indexOf("Colony") >= 0
        || text.indexOf("Layout") >= 0
        || text.indexOf("Vihar") >= 0) {
      whole(INDIAN_LOCALITY.matcher(text), EntityKind.LOCATION, out);
    }
  }

  /** The addresses of the scripts beyond Latin-1, and Vietnamese. */
  private static void otherScripts(String text, List<Detection> out) {
    if (text.indexOf('号') >= 0) {
      read(CHINESE.matcher(text), CHINESE_KINDS, out);
    }
    if (text.indexOf('丁') >= 0) {
      read(JAPANESE.matcher(text), JAPANESE_KINDS, out);
    }
    if (text.indexOf('로') >= 0 || text.indexOf('길') >= 0) {
      read(KOREAN.matcher(text), KOREAN_KINDS, out);
    }
    if (text.indexOf("ул.") >= 0 || text.indexOf("вул.") >= 0 || text.indexOf("пр.") >= 0) {
      read(CYRILLIC.matcher(text), CYRILLIC_KINDS, out);
    }
    if (text.indexOf("רח") >= 0 || text.indexOf("שד") >= 0) {
      read(HEBREW.matcher(text), HEBREW_KINDS, out);
    }
    if (text.indexOf("phố") >= 0 || text.indexOf("đường") >= 0 || text.indexOf("Đường") >= 0) {
      whole(VIETNAMESE_STREET.matcher(text), EntityKind.ADDRESS, out);
    }
    if (text.indexOf("phường") >= 0 || text.indexOf("quận") >= 0 || text.indexOf("Quận") >= 0) {
      read(VIETNAMESE_AREA.matcher(text), new EntityKind[] {EntityKind.LOCATION}, out);
    }
  }

  /** Reports each whole match as {@code kind}. */
  private static void whole(Matcher m, EntityKind kind, List<Detection> out) {
    while (m.find()) {
      out.add(new Detection(kind, m.start(), m.end(), 0.85, Pass.REGEX, m.group()));
    }
  }

  /** Reports group {@code g + 1} of each match as {@code kinds[g]}, when the match holds it. */
  private static void read(Matcher m, EntityKind[] kinds, List<Detection> out) {
    while (m.find()) {
      for (int g = 0; g < kinds.length; g++) {
        String value = m.group(g + 1);
        if (value != null) {
          double confidence = kinds[g] == EntityKind.ADDRESS ? 0.88 : 0.85;
          out.add(
              new Detection(kinds[g], m.start(g + 1), m.end(g + 1), confidence, Pass.REGEX, value));
        }
      }
    }
  }
}
