package dev.masker.domain.chat;

import static dev.masker.domain.chat.ChatRequestFourthHuntProbesTest.assistant;
import static dev.masker.domain.chat.ChatRequestFourthHuntProbesTest.body;
import static dev.masker.domain.chat.ChatRequestFourthHuntProbesTest.user;
import static org.assertj.core.api.Assertions.assertThat;

import dev.masker.domain.masking.Masker;
import dev.masker.domain.masking.policy.RequestRules;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Probes of a seventh outside leak hunt (ADR 22). A call says a name, a date of birth, a phone
 * number, an MRN, a member id, an e-mail address and a street with its town and ZIP; each probe
 * then plays one request (in a session of its own, after that call or fresh) and reads what would
 * go upstream the way a model does: the sixth hunt's reading, and more: decimal digits of every
 * script and Chinese financial numerals as digits, digit words of more languages, Cyrillic and
 * Greek words transliterated, Arabic and Hebrew letters as their consonants, look-alike letters of
 * Lisu and Cherokee as Latin ones, parenthesised letters and digits without their brackets, base32
 * runs, RTF and JSON escapes, named HTML references and percent escapes decoded again, e-mail
 * encoded words decoded, and timestamps and markup between words dropped.
 */
class ChatRequestSeventhHuntProbesTest {
  /** What the call said first, each value with its cue. */
  static final String SAID =
      "Hello, my name is Birgit Solander, date of birth 11/04/1953, my phone is 503 555 0163,"
          + " MRN 64178239, member id HZP902714, email birgit.solander@example.com,"
          + " I live at 1147 Quillback Lane, Beaverton, OR 97005";

  private static final Masker MASKER = ChatFixtures.masker();
  private int sessions;

  // ---------------------------------------------------------------------------------------------
  // Reading the body as a model does, beyond the sixth hunt's reading

  private static final Map<String, String> DIGIT_WORDS =
      Map.ofEntries(
          // Russian
          Map.entry("ноль", "0"),
          Map.entry("нуль", "0"),
          Map.entry("один", "1"),
          Map.entry("одна", "1"),
          Map.entry("два", "2"),
          Map.entry("две", "2"),
          Map.entry("три", "3"),
          Map.entry("четыре", "4"),
          Map.entry("пять", "5"),
          Map.entry("шесть", "6"),
          Map.entry("семь", "7"),
          Map.entry("восемь", "8"),
          Map.entry("девять", "9"),
          // Dutch
          Map.entry("nul", "0"),
          Map.entry("een", "1"),
          Map.entry("twee", "2"),
          Map.entry("drie", "3"),
          Map.entry("vier", "4"),
          Map.entry("vijf", "5"),
          Map.entry("zes", "6"),
          Map.entry("zeven", "7"),
          Map.entry("acht", "8"),
          Map.entry("negen", "9"),
          // Polish
          Map.entry("jeden", "1"),
          Map.entry("dwa", "2"),
          Map.entry("trzy", "3"),
          Map.entry("cztery", "4"),
          Map.entry("piec", "5"),
          Map.entry("szesc", "6"),
          Map.entry("siedem", "7"),
          Map.entry("osiem", "8"),
          Map.entry("dziewiec", "9"),
          // Turkish
          Map.entry("sifir", "0"),
          Map.entry("bir", "1"),
          Map.entry("iki", "2"),
          Map.entry("uc", "3"),
          Map.entry("dort", "4"),
          Map.entry("bes", "5"),
          Map.entry("alti", "6"),
          Map.entry("yedi", "7"),
          Map.entry("sekiz", "8"),
          Map.entry("dokuz", "9"),
          // Hindi, romanised
          Map.entry("shunya", "0"),
          Map.entry("ek", "1"),
          Map.entry("do", "2"),
          Map.entry("teen", "3"),
          Map.entry("char", "4"),
          Map.entry("paanch", "5"),
          Map.entry("chhah", "6"),
          Map.entry("saat", "7"),
          Map.entry("aath", "8"),
          Map.entry("nau", "9"),
          // Japanese, romanised
          Map.entry("rei", "0"),
          Map.entry("maru", "0"),
          Map.entry("ichi", "1"),
          Map.entry("ni", "2"),
          Map.entry("san", "3"),
          Map.entry("yon", "4"),
          Map.entry("go", "5"),
          Map.entry("roku", "6"),
          Map.entry("nana", "7"),
          Map.entry("hachi", "8"),
          Map.entry("kyu", "9"),
          // Greek
          Map.entry("μηδεν", "0"),
          Map.entry("ενα", "1"),
          Map.entry("δυο", "2"),
          Map.entry("τρια", "3"),
          Map.entry("τεσσερα", "4"),
          Map.entry("πεντε", "5"),
          Map.entry("εξι", "6"),
          Map.entry("επτα", "7"),
          Map.entry("οκτω", "8"),
          Map.entry("εννεα", "9"));

  private static final String CYRILLIC = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя";
  private static final String[] CYRILLIC_LATIN = {
    "a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "i", "k", "l", "m", "n", "o", "p", "r", "s",
    "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"
  };
  private static final String GREEK = "αβγδεζηθικλμνξοπρσςτυφχψω";
  private static final String[] GREEK_LATIN = {
    "a", "v", "g", "d", "e", "z", "i", "th", "i", "k", "l", "m", "n", "x", "o", "p", "r", "s", "s",
    "t", "y", "f", "ch", "ps", "o"
  };

  /** Arabic and Hebrew letters as the Latin consonants they write; their vowel letters dropped. */
  private static final String SEMITIC = "بتثجحخدذرزسشصضطظفقكلمنهسבגדהזחטכךלמםנןסעפףצץקרשת";

  private static final String SEMITIC_LATIN = "btsjhkddrzssstzzfqklmnhsbgdhzhtkklmmnnsapptskrst";

  /** Look-alike capitals of the Lisu and Cherokee scripts, and the Latin letters they show. */
  private static final String LISU_CHEROKEE = "ꓮꓐꓚꓓꓰꓝꓖꓧꓲꓙꓗꓡꓟꓠꓳꓑꓣꓢꓔꓴꓦꓪꓫꓬꓜᎪᏴᏟᎠᎬᏀᎻᏆᎫᏦᏞᎷᏁᎾᏢᏒᏚᎢᏙᏔᏃ";

  private static final String LISU_CHEROKEE_LATIN =
      "ABCDEFGHIJKLMNOPRSTUVWXYZABCDEGHIJKLMNOPRSTVWZ";

  private static final String FINANCIAL = "零〇壹貳贰參叁肆伍陸陆柒捌玖";
  private static final String FINANCIAL_DIGITS = "00122334566789";

  private static final Pattern NAMED =
      Pattern.compile("&([A-Za-z])(acute|grave|uml|circ|tilde|ring|cedil|caron|slash);");
  private static final Pattern RTF_HEX = Pattern.compile("\\\\'([0-9a-fA-F]{2})");
  private static final Pattern RTF_UNICODE = Pattern.compile("\\\\u(-?[0-9]+)\\??");
  private static final Pattern JSON_ESCAPE = Pattern.compile("\\\\+u([0-9a-fA-F]{4})");
  private static final Pattern BASE32 = Pattern.compile("[A-Z2-7]{16,}=*");
  private static final Pattern ENCODED_WORD =
      Pattern.compile("=\\?([-\\w]+)\\?([BbQq])\\?([^?]*)\\?=");
  private static final Pattern PERCENT = Pattern.compile("%25([0-9a-fA-F]{2})");

  /** Every decimal digit of any script, and Chinese financial numerals, as ASCII digits. */
  static String anyDigits(String text) {
    var out = new StringBuilder();
    text.codePoints()
        .forEach(
            c -> {
              int fin = FINANCIAL.indexOf(c);
              if (Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER) {
                out.append((char) ('0' + Character.digit(c, 10)));
              } else if (fin >= 0) {
                out.append(FINANCIAL_DIGITS.charAt(fin));
              } else {
                out.appendCodePoint(c);
              }
            });
    return out.toString();
  }

  /** Words of other scripts as a reader spells them in Latin letters, digit words as digits. */
  static String transliterated(String text) {
    var plain =
        Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .replace("ντ", "nt")
            .replace("μπ", "b");
    var words = new StringBuilder();
    for (var word : plain.split("(?<=[^\\p{L}])|(?=[^\\p{L}])")) {
      var digit = DIGIT_WORDS.get(word);
      words.append(digit != null ? " " + digit + " " : word);
    }
    var out = new StringBuilder();
    words
        .toString()
        .codePoints()
        .forEach(
            c -> {
              int cyr = CYRILLIC.indexOf(c);
              int gr = GREEK.indexOf(c);
              int sem = SEMITIC.indexOf(c);
              int look = LISU_CHEROKEE.indexOf(c);
              if (cyr >= 0) {
                out.append(CYRILLIC_LATIN[cyr]);
              } else if (gr >= 0) {
                out.append(GREEK_LATIN[gr]);
              } else if (sem >= 0) {
                out.append(SEMITIC_LATIN.charAt(sem));
              } else if (look >= 0) {
                out.append(LISU_CHEROKEE_LATIN.charAt(look));
              } else if (c >= 0x2474 && c <= 0x249B) {
                // parenthesised and full-stop digits: the digits alone
                out.append(
                    Normalizer.normalize(Character.toString(c), Normalizer.Form.NFKC)
                        .replaceAll("[^0-9]", ""));
              } else if (c >= 0x249C && c <= 0x24B5) {
                out.append((char) ('a' + c - 0x249C));
              } else if (c >= 0x1F110 && c <= 0x1F129) {
                out.append((char) ('a' + c - 0x1F110));
              } else {
                out.appendCodePoint(c);
              }
            });
    return out.toString();
  }

  /** Escapes a model reads through: named HTML references, RTF and JSON escapes, encoded words. */
  static String unescaped(String text) {
    var s = NAMED.matcher(text).replaceAll("$1");
    s =
        RTF_HEX
            .matcher(s)
            .replaceAll(
                m ->
                    Matcher.quoteReplacement(
                        new String(
                            new byte[] {(byte) Integer.parseInt(m.group(1), 16)},
                            StandardCharsets.ISO_8859_1)));
    s =
        RTF_UNICODE
            .matcher(s)
            .replaceAll(
                m ->
                    Matcher.quoteReplacement(
                        Character.toString((char) (Integer.parseInt(m.group(1)) & 0xFFFF))));
    s =
        JSON_ESCAPE
            .matcher(s)
            .replaceAll(
                m ->
                    Matcher.quoteReplacement(Character.toString(Integer.parseInt(m.group(1), 16))));
    for (int round = 0; round < 3; round++) {
      s = PERCENT.matcher(s).replaceAll("%$1");
    }
    s =
        ENCODED_WORD
            .matcher(s)
            .replaceAll(
                m -> {
                  var charset =
                      m.group(1).equalsIgnoreCase("utf-8")
                          ? StandardCharsets.UTF_8
                          : StandardCharsets.ISO_8859_1;
                  if (m.group(2).equalsIgnoreCase("b")) {
                    try {
                      return Matcher.quoteReplacement(
                          new String(java.util.Base64.getDecoder().decode(m.group(3)), charset));
                    } catch (IllegalArgumentException notBase64) {
                      return Matcher.quoteReplacement(m.group());
                    }
                  }
                  var bytes = new java.io.ByteArrayOutputStream();
                  var q = m.group(3).replace('_', ' ');
                  for (int i = 0; i < q.length(); i++) {
                    if (q.charAt(i) == '=' && i + 2 < q.length() + 0 && i + 2 <= q.length() - 1) {
                      bytes.write(Integer.parseInt(q.substring(i + 1, i + 3), 16));
                      i += 2;
                    } else {
                      bytes.write(q.charAt(i));
                    }
                  }
                  return Matcher.quoteReplacement(new String(bytes.toByteArray(), charset));
                });
    var out = new StringBuilder(s);
    var runs = BASE32.matcher(s);
    while (runs.find()) {
      var decoded = base32(runs.group().replace("=", ""));
      if (decoded != null) {
        out.append(" \n ").append(decoded);
      }
    }
    return out.toString();
  }

  /** Timestamps, tags and bracketed remarks between words dropped, as a listener skips them. */
  static String untimed(String text) {
    return text.replaceAll("<[^>]*>", " ")
        .replaceAll("\\[?\\(?\\d+(?:[:.,]\\d+)+s?\\)?\\]?", " ")
        .replaceAll("\"(?:start|end|confidence|speaker|ts|t0|t1)\"\\s*:\\s*-?[0-9.]+", " ")
        .replaceAll("(?i)\\b(?:speaker|spk|channel)[ _]?\\d+\\s*:?", " ")
        .replaceAll("-->", " ");
  }

  static String base32(String run) {
    var alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    var bytes = new java.io.ByteArrayOutputStream();
    int buffer = 0;
    int bits = 0;
    for (char c : run.toCharArray()) {
      buffer = (buffer << 5) | alphabet.indexOf(c);
      bits += 5;
      if (bits >= 8) {
        bytes.write((buffer >> (bits - 8)) & 0xFF);
        bits -= 8;
      }
    }
    var text = bytes.toString(StandardCharsets.UTF_8);
    return text.codePoints().allMatch(c -> c >= 0x20 && c != 0xFFFD || c == '\n') ? text : null;
  }

  static List<String> readable(String sent, List<String> forms) {
    var found = new LinkedHashSet<>(ChatRequestSixthHuntProbesTest.readable(sent, forms));
    var text = ChatRequestFourthHuntProbesTest.reading(sent);
    var unescaped = unescaped(text);
    for (var reading :
        List.of(
            anyDigits(text),
            transliterated(anyDigits(text)),
            unescaped,
            transliterated(anyDigits(unescaped)),
            untimed(text),
            untimed(transliterated(unescaped)))) {
      found.addAll(ChatRequestSixthHuntProbesTest.readable(body(null, user(reading)), forms));
    }
    return new ArrayList<>(found);
  }

  /** Plays a probe in a session of its own: null when nothing leaked, else what did. */
  String leak(HuntProbe probe) {
    return probe.leakIn(
        TextMask.of(MASKER, "agt_test/hunt7-" + sessions++),
        ChatRequestSeventhHuntProbesTest::readable);
  }

  // ---------------------------------------------------------------------------------------------
  // Building probes

  private static HuntProbe afterSaying(String name, String request, String... forms) {
    return HuntProbe.afterSaying(SAID, name, request, forms);
  }

  private static HuntProbe fresh(String name, String request, String... forms) {
    return HuntProbe.fresh(name, request, forms);
  }

  private static Stream<HuntProbe> everywhere(String name, String text, String... forms) {
    return HuntProbe.everywhere(name, text, forms);
  }

  private static Stream<HuntProbe> recurring(String form, String... read) {
    return HuntProbe.recurring(SAID, form, read);
  }

  static String base32Of(String text) {
    var alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    var bytes = text.getBytes(StandardCharsets.UTF_8);
    var out = new StringBuilder();
    int buffer = 0;
    int bits = 0;
    for (byte b : bytes) {
      buffer = (buffer << 8) | (b & 0xFF);
      bits += 8;
      while (bits >= 5) {
        out.append(alphabet.charAt((buffer >> (bits - 5)) & 31));
        bits -= 5;
      }
    }
    if (bits > 0) {
      out.append(alphabet.charAt((buffer << (5 - bits)) & 31));
    }
    while (out.length() % 8 != 0) {
      out.append('=');
    }
    return out.toString();
  }

  // ---------------------------------------------------------------------------------------------
  // Round 1: request fields

  static Stream<HuntProbe> fields() {
    var said = user(SAID);
    return Stream.of(
        fresh("seed holding a known MRN", body("\"seed\":64178239", said), "64178239"),
        fresh(
            "schema pattern holding a phone",
            body(
                "\"response_format\":{\"type\":\"json_schema\",\"json_schema\":{\"name\":\"r\","
                    + "\"schema\":{\"type\":\"object\",\"properties\":{\"phone\":{\"type\":\"string\","
                    + "\"pattern\":\"^503-555-0163$\"}}}}}",
                user("hi")),
            "5035550163"),
        fresh(
            "schema property key naming the caller",
            body(
                "\"tools\":[{\"type\":\"function\",\"function\":{\"name\":\"f\",\"parameters\":"
                    + "{\"type\":\"object\",\"properties\":{\"Birgit Solander\":{\"type\":\"string\"}}}}}]",
                said),
            "solander"),
        fresh(
            "schema required entry naming the caller",
            body(
                "\"tools\":[{\"type\":\"function\",\"function\":{\"name\":\"f\",\"parameters\":"
                    + "{\"type\":\"object\",\"required\":[\"solander\"],\"properties\":{\"solander\":"
                    + "{\"type\":\"string\"}}}}}]",
                said),
            "solander"),
        fresh(
            "json schema description",
            body(
                "\"response_format\":{\"type\":\"json_schema\",\"json_schema\":{\"name\":\"r\","
                    + "\"description\":\"summary for Birgit Solander, MRN 64178239\","
                    + "\"schema\":{\"type\":\"object\"}}}",
                user("hi")),
            "solander",
            "64178239"),
        fresh(
            "schema items description",
            body(
                "\"tools\":[{\"type\":\"function\",\"function\":{\"name\":\"f\",\"parameters\":"
                    + "{\"type\":\"object\",\"properties\":{\"calls\":{\"type\":\"array\",\"items\":"
                    + "{\"type\":\"string\",\"description\":\"calls to 503 555 0163\"}}}}}}]",
                user("hi")),
            "5035550163"),
        fresh(
            "schema $defs default",
            body(
                "\"tools\":[{\"type\":\"function\",\"function\":{\"name\":\"f\",\"parameters\":"
                    + "{\"type\":\"object\",\"$defs\":{\"who\":{\"type\":\"string\",\"default\":"
                    + "\"Birgit Solander, born 1953-11-04\"}}}}}]",
                user("hi")),
            "solander",
            "19531104"),
        fresh(
            "tool call id holding a phone",
            body(
                null,
                user("hi"),
                "{\"role\":\"assistant\",\"tool_calls\":[{\"id\":\"call_5035550163\","
                    + "\"type\":\"function\",\"function\":{\"name\":\"f\",\"arguments\":\"{}\"}}]}",
                "{\"role\":\"tool\",\"tool_call_id\":\"call_5035550163\",\"content\":\"ok\"}"),
            "5035550163"),
        fresh(
            "image url with the name in its path",
            body(
                null,
                "{\"role\":\"user\",\"content\":[{\"type\":\"text\",\"text\":\"see\"},"
                    + "{\"type\":\"image_url\",\"image_url\":{\"url\":"
                    + "\"https://ehr.example.org/photos/birgit-solander-64178239.png\"}}]}"),
            "solander",
            "64178239"),
        fresh(
            "file part with the name in its file name",
            body(
                null,
                "{\"role\":\"user\",\"content\":[{\"type\":\"file\",\"file\":{\"filename\":"
                    + "\"solander_birgit_1953-11-04.pdf\",\"file_id\":\"file-abc\"}}]}"),
            "solander",
            "19531104"),
        fresh(
            "audio voice naming the caller",
            body("\"modalities\":[\"text\",\"audio\"],\"audio\":{\"voice\":\"solander\"}", said),
            "solander"),
        fresh(
            "service tier holding a name",
            body("\"service_tier\":\"Birgit Solander\"", user("hi")),
            "solander"),
        fresh(
            "reasoning effort holding a phone",
            body("\"reasoning_effort\":\"5035550163\"", user("hi")),
            "5035550163"),
        fresh(
            "user location country and city after saying",
            body(
                "\"web_search_options\":{\"user_location\":{\"type\":\"approximate\","
                    + "\"approximate\":{\"city\":\"Beaverton\",\"country\":\"US\",\"region\":\"OR\"}}}",
                said),
            "beaverton"),
        fresh(
            "a value cut between a message name and a tool call id",
            body(null, "{\"role\":\"user\",\"name\":\"caller_503_555\",\"content\":\"0163\"}"),
            "5035550163"),
        fresh(
            "a name cut between two user turns with no prompt between",
            body(null, user("my surname is Sol"), user("ander")),
            "solander"),
        fresh(
            "a phone cut over three user turns",
            body(
                null,
                user("my number is five oh three"),
                user("five five five"),
                user("oh one six three")),
            "5035550163"),
        fresh(
            "an MRN cut between tool arguments and its result",
            body(
                null,
                user("look me up"),
                "{\"role\":\"assistant\",\"content\":null,\"tool_calls\":[{\"id\":\"c1\","
                    + "\"type\":\"function\",\"function\":{\"name\":\"lookup\",\"arguments\":"
                    + "\"{\\\"mrn_prefix\\\":\\\"6417\\\"}\"}}]}",
                "{\"role\":\"tool\",\"tool_call_id\":\"c1\",\"content\":\"rest of the mrn: 8239\"}"),
            "64178239"),
        fresh(
            "a date cut across three user turns",
            body(
                null,
                user("I was born in november"),
                user("the fourth"),
                user("nineteen fifty three")),
            "fourth"),
        fresh(
            "an e-mail cut across turns",
            body(null, user("my email is birgit dot solander"), user("at example dot com")),
            "solander"),
        fresh(
            "a name spelled across turns",
            body(null, user("my last name is S O L"), user("A N D E R")),
            "solander"),
        fresh(
            "an assistant reading the name back wrong, corrected",
            body(
                null,
                user("my name is Birgit Solander"),
                assistant("Thank you Birgit Solender"),
                user("no, Solander, with an a")),
            "solander",
            "solender"));
  }

  // ---------------------------------------------------------------------------------------------
  // Round 2: scripts and writing systems

  static Stream<HuntProbe> scripts() {
    return Stream.of(
            everywhere("name in Cyrillic after a cue", "меня зовут Биргит Соландер", "solander"),
            everywhere("name in Cyrillic, English cue", "my name is Биргит Соландер", "solander"),
            everywhere("surname in Greek after a cue", "με λένε Μπιργκιτ Σολαντερ", "solanter"),
            everywhere("name in Arabic letters", "اسمي بيرجيت سولاندر", "slndr"),
            everywhere("name in Hebrew letters", "שמי בירגיט סולנדר", "slndr"),
            everywhere("Arabic-Indic phone", "رقم هاتفي ٥٠٣ ٥٥٥ ٠١٦٣", "5035550163"),
            everywhere("Persian digits phone", "شماره من ۵۰۳-۵۵۵-۰۱۶۳ است", "5035550163"),
            everywhere("Devanagari digits phone", "मेरा नंबर ५०३ ५५५ ०१६३ है", "5035550163"),
            everywhere("Bengali digits MRN", "MRN ৬৪১৭৮২৩৯", "64178239"),
            everywhere("Thai digits phone", "เบอร์โทร ๕๐๓ ๕๕๕ ๐๑๖๓", "5035550163"),
            everywhere("Tibetan digits phone", "phone ༥༠༣ ༥༥༥ ༠༡༦༣", "5035550163"),
            everywhere("Khmer digits MRN", "mrn ៦៤១៧៨២៣៩", "64178239"),
            everywhere("Myanmar digits phone", "phone ၅၀၃ ၅၅၅ ၀၁၆၃", "5035550163"),
            everywhere("Mongolian digits phone", "phone ᠕᠐᠓ ᠕᠕᠕ ᠐᠑᠖᠓", "5035550163"),
            everywhere("NKo digits phone", "phone ߕ߀߃ ߕߕߕ ߀߁߆߃", "5035550163"),
            everywhere("Chinese numerals with ling", "我的电话是 五零三 五五五 零一六三", "5035550163"),
            everywhere("Chinese numerals dashed", "电话：五〇三-五五五-〇一六三", "5035550163"),
            everywhere("Chinese numerals glued", "我的电话是五〇三五五五〇一六三", "5035550163"),
            everywhere("Chinese financial numerals", "电话 伍零叁伍伍伍零壹陆叁", "5035550163"),
            everywhere("Japanese with no between groups", "電話番号は五〇三の五五五の〇一六三です", "5035550163"),
            everywhere("Chinese date of birth", "出生日期：1953年11月4日", "1953114"),
            everywhere("Japanese date of birth with numerals", "生年月日 一九五三年十一月四日", "1953"),
            everywhere("Korean name cue and digits", "제 전화번호는 503-555-0163 입니다", "5035550163"),
            everywhere(
                "Russian digit words",
                "мой номер пять ноль три пять пять пять ноль один шесть три",
                "5035550163"),
            everywhere(
                "Dutch digit words",
                "mijn nummer is vijf nul drie vijf vijf vijf nul een zes drie",
                "5035550163"),
            everywhere(
                "Polish digit words",
                "mój numer to pięć zero trzy pięć pięć pięć zero jeden sześć trzy",
                "5035550163"),
            everywhere(
                "Turkish digit words",
                "numaram beş sıfır üç beş beş beş sıfır bir altı üç",
                "5035550163"),
            everywhere(
                "Greek digit words",
                "το τηλέφωνό μου είναι πέντε μηδέν τρία πέντε πέντε πέντε μηδέν ένα έξι τρία",
                "5035550163"),
            everywhere(
                "Hindi digit words romanised",
                "mera number paanch shunya teen paanch paanch paanch shunya ek chhah teen",
                "5035550163"),
            everywhere(
                "Japanese digit words romanised",
                "denwa bangou wa go maru san go go go maru ichi roku san",
                "5035550163"),
            everywhere("Arabic-Indic date of birth", "تاريخ الميلاد ٤/١١/١٩٥٣", "4111953"),
            everywhere("Russian date of birth", "дата рождения 4 ноября 1953", "41953"),
            everywhere("German date of birth", "Geburtsdatum: 4. November 1953", "4november1953"),
            everywhere("French date of birth", "né le 4 novembre 1953", "4novembre1953"),
            everywhere("Lisu look-alike name", "my name is ꓢꓳꓡꓮꓠꓓꓰꓣ", "solander"),
            everywhere("Cherokee look-alike surname, no cue", "ᏚᎾᏞᎪᏁᎠᎬᏒ called twice", "solander"),
            everywhere("parenthesised letters", "my name is ⒝⒤⒭⒢⒤⒯ ⒮⒪⒧⒜⒩⒟⒠⒭", "solander"),
            everywhere("parenthesised digits", "my phone is ⑸⓪⑶ ⑸⑸⑸ ⓪⑴⑹⑶", "5035550163"),
            everywhere("full-stop digits", "mrn ⒍⒋⒈⒎⒏⒉⒊⒐", "64178239"),
            everywhere(
                "parenthesised capitals", "my name is 🄑🄘🄡🄖🄘🄣 🄢🄞🄛🄐🄝🄓🄔🄡", "solander"),
            everywhere("circled letters", "my name is ⓑⓘⓡⓖⓘⓣ ⓢⓞⓛⓐⓝⓓⓔⓡ", "solander"),
            everywhere("squared letters", "my name is 🄱🄸🅁🄶🄸🅃 🅂🄾🄻🄰🄽🄳🄴🅁", "solander"),
            everywhere(
                "Cyrillic look-alikes in all caps", "my name is BIRGIT SОLАNDЕR", "solander"),
            everywhere("Armenian and Cyrillic mixed", "Birgit Sօlаnder called", "solander"),
            everywhere("Braille blank between groups", "phone 503⠀555⠀0163", "5035550163"),
            everywhere("Hangul filler in a name", "my name is Birgit Sol\u3164ander", "solander"),
            everywhere(
                "Mongolian vowel separator in a phone",
                "phone 503\u180e555\u180e0163",
                "5035550163"),
            everywhere(
                "combining grapheme joiner in a name",
                "my name is Birgit Sol\u034fander",
                "solander"),
            recurring("Соландер", "solander"),
            recurring("СОЛАНДЕР Биргит", "solander"),
            recurring("Σολάντερ", "solanter"),
            recurring("سولاندر", "slndr"),
            recurring("סולנדר", "slndr"),
            recurring("ソランダー", "solander"),
            recurring("ꓢꓳꓡꓮꓠꓓꓰꓣ", "solander"),
            recurring("⒮⒪⒧⒜⒩⒟⒠⒭", "solander"),
            recurring("٥٠٣٥٥٥٠١٦٣", "5035550163"),
            recurring("五〇三五五五〇一六三", "5035550163"),
            recurring("伍零叁伍伍伍零壹陆叁", "5035550163"),
            recurring("๖๔๑๗๘๒๓๙", "64178239"),
            recurring("1953年11月4日", "1953114"))
        .flatMap(s -> s);
  }

  // ---------------------------------------------------------------------------------------------
  // Round 3: recurrences in altered forms

  static Stream<HuntProbe> recurrences() {
    return Stream.of(
            recurring("Solander Birgit", "solander"),
            recurring("SOLANDER/BIRGIT MS", "solander"),
            recurring("B. Solander", "solander"),
            recurring("Solander B.", "solander"),
            recurring("Birdie Solander", "solander"),
            recurring("bsolander", "solander"),
            recurring("BirgitSolander", "solander"),
            recurring("birgitsolander", "solander"),
            recurring("SolanderBirgit", "solander"),
            recurring("@birgit_solander", "solander"),
            recurring("#BirgitSolander", "solander"),
            recurring("birgit-solander-1953", "solander"),
            recurring("Solanders", "solander"),
            recurring("Solander-Meyer", "solander"),
            recurring("Sollander", "sollander"),
            recurring("Solandre", "solandre"),
            recurring("Zolander", "zolander"),
            recurring("Kuillback Lane", "kuillback"),
            recurring("Vinland called, I mean Zolander", "zolander"),
            recurring("S-O-L-A-N-D-E-R", "solander"),
            recurring("sierra oscar lima alpha november delta echo romeo", "solander"),
            recurring("50-35-55-01-63", "5035550163"),
            recurring("5035 550 163", "5035550163"),
            recurring("503 5550 163", "5035550163"),
            recurring("(503)5550163", "5035550163"),
            recurring("+1 503 555 01 63", "5035550163"),
            recurring("001 503 555 0163", "5035550163"),
            recurring("five oh three, 555, oh one six three", "5035550163"),
            recurring("503 five five five 0163", "5035550163"),
            recurring("fifty thirty-five fifty-five zero one sixty-three", "5035550163"),
            recurring("five hundred three, five hundred fifty five, one sixty three", "5550"),
            recurring("the last four are oh one six three", "0163"),
            recurring("ending in 0163", "0163"),
            recurring("641 782 39", "64178239"),
            recurring("64-178-239", "64178239"),
            recurring("sixty four, one seventy eight, two thirty nine", "64178239"),
            recurring("six four one seven eight two three nine", "64178239"),
            recurring("64,178,239", "64178239"),
            recurring("HZP 902 714", "902714"),
            recurring("hotel zulu papa nine oh two seven one four", "902714"),
            recurring("1953-11-04", "19531104"),
            recurring("04/11/1953", "04111953"),
            recurring("4.11.1953", "4111953"),
            recurring("11.04.53", "110453"),
            recurring("Nov 4th '53", "nov4"),
            recurring("4th of November 1953", "4thofnovember"),
            recurring("November the fourth, nineteen fifty-three", "novemberthefourth"),
            recurring("the 4th day of November, 1953", "4thdayofnovember"),
            recurring("04-NOV-1953", "04nov1953"),
            recurring("1953/11/04", "19531104"),
            recurring("11/4/1953", "1141953"),
            recurring("4 novembre 1953", "4novembre1953"),
            recurring("4. November 1953", "4november1953"),
            recurring("4 de noviembre de 1953", "4denoviembrede1953"),
            recurring("Birgit.Solander@Example.com", "solander"),
            recurring("birgit dot solander at example dot com", "solander"),
            recurring("birgit.solander at example.com", "solander"),
            recurring("b.solander@example.com", "solander"),
            recurring("1147 Quillback Ln", "quillback"),
            recurring("eleven forty seven quillback lane", "quillback"),
            recurring("Quillback", "quillback"),
            recurring("Quill back Lane", "quillback"),
            recurring("97005-2231", "97005"),
            recurring("nine seven zero zero five", "97005"),
            recurring("Beaverton, Oregon", "beaverton"))
        .flatMap(s -> s);
  }

  // ---------------------------------------------------------------------------------------------
  // Round 4: content shapes

  static Stream<HuntProbe> shapes() {
    return Stream.of(
            everywhere(
                "markdown table",
                "| Surname | First | DOB | MRN |\n|:--|:--|:--|--:|\n| Solander | Birgit | 11/04/1953 | 64178239 |",
                "solander",
                "11041953",
                "64178239"),
            everywhere(
                "markdown table with a name split over cells",
                "| First | Last |\n|---|---|\n| Birgit | Sol | ander |",
                "solander"),
            everywhere(
                "JSON nested three deep in strings",
                "{\"payload\":\"{\\\"patient\\\":\\\"{\\\\\\\"name\\\\\\\":\\\\\\\"Birgit Solander\\\\\\\","
                    + "\\\\\\\"mrn\\\\\\\":\\\\\\\"64178239\\\\\\\"}\\\"}\"}",
                "solander",
                "64178239"),
            everywhere(
                "escaped JSON in prose",
                "the record is {\\\"name\\\":\\\"Birgit Solander\\\",\\\"mrn\\\":\\\"64178239\\\"}",
                "solander",
                "64178239"),
            everywhere(
                "JSON unicode escapes in prose",
                "the record says \\u0053olander, \\u0036417\\u00382\\u00339",
                "solander",
                "64178239"),
            everywhere(
                "double-escaped unicode", "name: \\\\u0042irgit \\\\u0053olander", "solander"),
            everywhere(
                "base32 of a record",
                "payload " + base32Of("name: Birgit Solander, mrn: 64178239"),
                "solander",
                "64178239"),
            everywhere(
                "base32 without padding",
                "token " + base32Of("Birgit Solander 5035550163").replace("=", ""),
                "solander",
                "5035550163"),
            everywhere(
                "double percent-encoding",
                "q=Birgit%2520Sol%2561nder%2520mrn%252064178239",
                "solander",
                "64178239"),
            everywhere(
                "data URL of JSON, percent-encoded",
                "data:application/json;charset=utf-8,%7B%22name%22%3A%22Birgit%20Solander%22%2C%22mrn%22%3A%2264178239%22%7D",
                "solander",
                "64178239"),
            everywhere(
                "data URL of a vCard",
                "data:text/vcard;charset=utf-8,BEGIN%3AVCARD%0AFN%3ABirgit%20Solander%0ATEL%3A5035550163%0AEND%3AVCARD",
                "solander",
                "5035550163"),
            everywhere(
                "data URL of plain text, base64",
                "data:text/plain;charset=utf-8;base64,"
                    + ChatRequestFifthHuntProbesTest.base64("Birgit Solander, MRN 64178239"),
                "solander",
                "64178239"),
            everywhere(
                "e-mail encoded word, Q, Latin-1",
                "From: =?iso-8859-1?Q?Birgit_Sol=E4nder?= <x@example.com>",
                "solander"),
            everywhere(
                "e-mail encoded word, Q, ASCII",
                "From: =?UTF-8?Q?Birgit_Solander?= <x@example.com>",
                "solander"),
            everywhere(
                "e-mail encoded word, B",
                "Subject: =?UTF-8?B?"
                    + ChatRequestFifthHuntProbesTest.base64("MRN 64178239 Solander")
                    + "?=",
                "solander",
                "64178239"),
            everywhere(
                "e-mail headers with a folded line",
                "From: \"Solander, Birgit\" <bsolander@example.com>\r\nSubject: callback\r\n"
                    + " 503-555-0163\r\nX-Patient-MRN: 64178239",
                "solander",
                "5035550163",
                "64178239"),
            everywhere(
                "vCard with a folded line cutting the name",
                "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Birgit Sol\r\n ander\r\nBDAY:19531104\r\n"
                    + "TEL;TYPE=cell:+1-503-555-0163\r\nEND:VCARD",
                "solander",
                "19531104",
                "5035550163"),
            everywhere(
                "vCard structured name and address",
                "BEGIN:VCARD\nN:Solander;Birgit;;;\nADR;TYPE=home:;;1147 Quillback Lane;Beaverton;OR;97005;USA\nEND:VCARD",
                "solander",
                "quillback",
                "97005"),
            everywhere(
                "iCalendar with a folded description",
                "BEGIN:VEVENT\r\nSUMMARY:Follow-up\r\nDESCRIPTION:Patient MRN 6417\r\n 8239\\, DOB 1953-1\r\n 1-04\r\n"
                    + "ATTENDEE;CN=\"Solander, Birgit\":mailto:bsolander@example.com\r\nEND:VEVENT",
                "64178239",
                "19531104",
                "solander"),
            everywhere(
                "HTML named references in a name",
                "Patient: B&iacute;rgit S&oacute;lander",
                "solander"),
            everywhere(
                "HTML named references between digits",
                "phone 503&ndash;555&ndash;0163",
                "5035550163"),
            everywhere(
                "LaTeX discretionary hyphens",
                "Patient: Birgit S\\-o\\-l\\-a\\-n\\-d\\-e\\-r",
                "solander"),
            everywhere(
                "LaTeX boxes between groups",
                "phone \\mbox{503}\\,\\mbox{555}\\,\\mbox{0163}",
                "5035550163"),
            everywhere(
                "LaTeX accent commands",
                "Patient: Birgit Sol\\\"{a}nder, MRN 64178239",
                "solander",
                "64178239"),
            everywhere(
                "LaTeX small caps and a date macro",
                "\\textsc{Solander}, \\textsc{Birgit} --- born \\formatdate{4}{11}{1953}",
                "solander",
                "4111953"),
            everywhere(
                "RTF record",
                "{\\rtf1\\ansi\\deff0 {\\b Patient:} Birgit Solander\\par DOB: 11/04/1953\\par"
                    + " MRN: 64178239\\par}",
                "solander",
                "11041953",
                "64178239"),
            everywhere(
                "RTF hex escapes in a name",
                "{\\rtf1 Patient: Birgit Sol\\'e4nder\\par}",
                "solander"),
            everywhere(
                "RTF unicode escapes in a name",
                "{\\rtf1 Patient: Birgit \\u83?olander\\par}",
                "solander"),
            everywhere(
                "spreadsheet concatenation of a name",
                "=CONCATENATE(\"Birgit \",\"Sol\",\"ander\")",
                "solander"),
            everywhere(
                "spreadsheet concatenation of a phone", "=\"503\"&\"555\"&\"0163\"", "5035550163"),
            everywhere(
                "spreadsheet date function", "=DATE(1953,11,4) is the date of birth", "1953114"),
            everywhere(
                "spreadsheet row with formulas",
                "Solander\tBirgit\t=DATE(1953,11,4)\t=TEXT(64178239,\"0\")",
                "solander",
                "1953114",
                "64178239"),
            everywhere(
                "JavaScript string concatenation",
                "const phone = '503' + '555' + '0163';",
                "5035550163"),
            everywhere(
                "a name cut into string literals", "const who = 'Sol' + 'ander';", "solander"),
            everywhere(
                "Python implicit concatenation",
                "name = ('Birgit ' 'Sol' 'ander')\nmrn = int('6417' '8239')",
                "solander",
                "64178239"),
            everywhere(
                "GraphQL mutation",
                "mutation { createPatient(name: \"Birgit Solander\", mrn: \"64178239\","
                    + " dob: \"1953-11-04\") { id } }",
                "solander",
                "64178239",
                "19531104"),
            everywhere(
                "XML with namespaces",
                "<hl7:patient><hl7:family>Solander</hl7:family><hl7:given>Birgit</hl7:given>"
                    + "<hl7:birthDate>1953-11-04</hl7:birthDate></hl7:patient>",
                "solander",
                "19531104"),
            everywhere(
                "keys in Spanish",
                "{\"nombre\":\"Birgit\",\"apellido\":\"Solander\",\"fecha_de_nacimiento\":\"04/11/1953\",\"telefono\":\"503 555 0163\"}",
                "solander",
                "04111953",
                "5035550163"),
            everywhere(
                "keys in German",
                "{\"Vorname\":\"Birgit\",\"Nachname\":\"Solander\",\"Geburtsdatum\":\"04.11.1953\"}",
                "solander",
                "04111953"),
            everywhere(
                "keys in Chinese",
                "{\"姓\":\"Solander\",\"名\":\"Birgit\",\"出生日期\":\"1953-11-04\",\"电话\":\"503-555-0163\"}",
                "solander",
                "19531104",
                "5035550163"),
            everywhere(
                "keys in Russian",
                "{\"фамилия\":\"Solander\",\"имя\":\"Birgit\",\"телефон\":\"5035550163\"}",
                "solander",
                "5035550163"),
            everywhere(
                "keys in Japanese, surname only",
                "{\"氏名\":\"Solander\",\"患者ID\":\"64178239\"}",
                "solander",
                "64178239"),
            everywhere(
                "label in Arabic", "الاسم: Solander\nرقم الملف: 64178239", "solander", "64178239"),
            everywhere("a PNR line", "1.1SOLANDER/BIRGITMS  2 UA 123 Y 04NOV PDXSFO", "solander"),
            everywhere(
                "a passport machine-readable zone",
                "P<USASOLANDER<<BIRGIT<<<<<<<<<<<<<<<<<<<<<<<<\n5102938475USA5311042F3011049<<<<<<<<<<<<<<02",
                "solander",
                "531104"),
            everywhere(
                "a barcode payload of a wristband",
                "^FO50,50^FDSOLANDER, BIRGIT^FS^FO50,100^FDMRN 64178239^FS^FO50,150^FDDOB 11/04/1953^FS",
                "solander",
                "64178239",
                "11041953"),
            everywhere(
                "an AAMVA driver licence barcode",
                "@\nANSI 636014080102DL00410288ZA03290015DLDAQD1234562\nDCSSOLANDER\nDACBIRGIT\nDBB11041953\nDAG1147 QUILLBACK LN\nDAIBEAVERTON\nDAJOR\nDAK970050000",
                "solander",
                "11041953",
                "quillback"),
            everywhere(
                "CSV with a formula-escaped phone",
                "name,phone\nBirgit Solander,'+15035550163",
                "solander",
                "5035550163"),
            everywhere(
                "URL-encoded form with plus signs and a nested key",
                "patient%5Bname%5D=Birgit+Solander&patient%5Bmrn%5D=64178239",
                "solander",
                "64178239"),
            everywhere(
                "a mailto link with a subject",
                "mailto:clinic@example.org?subject=Callback%20for%20Birgit%20Solander%20503-555-0163",
                "solander",
                "5035550163"),
            everywhere(
                "a tel link with a path",
                "<a href=\"tel:+1-503-555-0163;ext=12\">call</a>",
                "5035550163"),
            everywhere(
                "an sms link with a body", "sms:+15035550163?body=hi%20Birgit", "5035550163"),
            everywhere(
                "a geo URI and the street",
                "home: geo:45.48,-122.80?q=1147%20Quillback%20Lane%20Beaverton",
                "quillback"),
            everywhere(
                "a wiki table",
                "{| class=\"wikitable\"\n! Name !! MRN\n|-\n| Birgit Solander || 64178239\n|}",
                "solander",
                "64178239"),
            everywhere(
                "an org-mode table",
                "| name            | mrn      |\n|-----------------+----------|\n| Birgit Solander | 64178239 |",
                "solander",
                "64178239"),
            everywhere(
                "an INI section",
                "[patient]\nsurname=Solander\nmrn=64178239\ndob=1953-11-04",
                "solander",
                "64178239",
                "19531104"),
            everywhere(
                "a properties file with escapes",
                "patient.surname=Sol\\u0061nder\npatient.phone=503\\u0020555\\u00200163",
                "solander",
                "5035550163"),
            everywhere(
                "an HTTP cookie",
                "Cookie: caller=Birgit%20Solander; mrn=64178239; dob=1953-11-04",
                "solander",
                "64178239",
                "19531104"),
            everywhere(
                "a multipart form body",
                "--b\r\nContent-Disposition: form-data; name=\"surname\"\r\n\r\nSolander\r\n--b\r\n"
                    + "Content-Disposition: form-data; name=\"mrn\"\r\n\r\n64178239\r\n--b--",
                "solander",
                "64178239"))
        .flatMap(s -> s);
  }

  // ---------------------------------------------------------------------------------------------
  // Round 5: voice transcript shapes

  static Stream<HuntProbe> transcripts() {
    return Stream.of(
            everywhere(
                "word-level JSON of a phone",
                "{\"words\":[{\"word\":\"my\",\"start\":0.1,\"end\":0.2},{\"word\":\"number\",\"start\":0.2,\"end\":0.5},"
                    + "{\"word\":\"is\",\"start\":0.5,\"end\":0.6},{\"word\":\"five\",\"start\":0.7,\"end\":0.9},"
                    + "{\"word\":\"oh\",\"start\":0.9,\"end\":1.0},{\"word\":\"three\",\"start\":1.0,\"end\":1.2},"
                    + "{\"word\":\"five\",\"start\":1.4,\"end\":1.5},{\"word\":\"five\",\"start\":1.5,\"end\":1.6},"
                    + "{\"word\":\"five\",\"start\":1.6,\"end\":1.7},{\"word\":\"oh\",\"start\":2.0,\"end\":2.1},"
                    + "{\"word\":\"one\",\"start\":2.1,\"end\":2.2},{\"word\":\"six\",\"start\":2.2,\"end\":2.4},"
                    + "{\"word\":\"three\",\"start\":2.4,\"end\":2.6}]}",
                "5035550163"),
            everywhere(
                "word-level JSON with punctuated words, a name and a phone",
                "{\"words\":[{\"word\":\"i'm\",\"punctuated_word\":\"I'm\",\"start\":0.1},"
                    + "{\"word\":\"birgit\",\"punctuated_word\":\"Birgit\",\"start\":0.3},"
                    + "{\"word\":\"solander\",\"punctuated_word\":\"Solander,\",\"start\":0.6},"
                    + "{\"word\":\"five\",\"punctuated_word\":\"five\",\"start\":1.0},"
                    + "{\"word\":\"oh\",\"punctuated_word\":\"oh\",\"start\":1.1},"
                    + "{\"word\":\"three\",\"punctuated_word\":\"three\",\"start\":1.2},"
                    + "{\"word\":\"five\",\"punctuated_word\":\"five\",\"start\":1.4},"
                    + "{\"word\":\"five\",\"punctuated_word\":\"five\",\"start\":1.5},"
                    + "{\"word\":\"five\",\"punctuated_word\":\"five\",\"start\":1.6},"
                    + "{\"word\":\"oh\",\"punctuated_word\":\"oh\",\"start\":1.8},"
                    + "{\"word\":\"one\",\"punctuated_word\":\"one\",\"start\":1.9},"
                    + "{\"word\":\"six\",\"punctuated_word\":\"six\",\"start\":2.0},"
                    + "{\"word\":\"three\",\"punctuated_word\":\"three.\",\"start\":2.1}]}",
                "solander",
                "5035550163"),
            recurring(
                "{\"words\":[{\"w\":\"six\"},{\"w\":\"four\"},{\"w\":\"one\"},"
                    + "{\"w\":\"seven\"},{\"w\":\"eight\"},{\"w\":\"two\"},"
                    + "{\"w\":\"three\"},{\"w\":\"nine\"}]}",
                "64178239"),
            everywhere(
                "word-level JSON of a name",
                "{\"words\":[{\"word\":\"this\",\"speaker\":0},{\"word\":\"is\",\"speaker\":0},"
                    + "{\"word\":\"birgit\",\"speaker\":0},{\"word\":\"solander\",\"speaker\":0}]}",
                "solander"),
            everywhere(
                "word-level JSON with punctuated words",
                "[{\"w\":\"My\",\"p\":\"My\"},{\"w\":\"mrn\",\"p\":\"MRN\"},{\"w\":\"is\",\"p\":\"is\"},"
                    + "{\"w\":\"6417\",\"p\":\"6417\"},{\"w\":\"8239\",\"p\":\"8239.\"}]",
                "64178239"),
            everywhere(
                "words with timestamps inline",
                "five (1.20) oh (1.31) three (1.45) five (1.60) five (1.72) five (1.88) oh (2.10) one (2.22) six (2.40) three (2.55)",
                "5035550163"),
            everywhere(
                "SSML breaks between digit groups",
                "<speak>my number is 503<break time=\"300ms\"/>555<break time=\"300ms\"/>0163</speak>",
                "5035550163"),
            everywhere(
                "diarised lines cutting a phone",
                "SPEAKER_01: my number is five oh three\nSPEAKER_00: mm-hm\nSPEAKER_01: five five five\n"
                    + "SPEAKER_00: yes\nSPEAKER_01: oh one six three",
                "5035550163"),
            everywhere(
                "diarised with timestamps",
                "[00:00:03.120 --> 00:00:05.400] Speaker 1: my MRN is six four one seven\n"
                    + "[00:00:05.400 --> 00:00:06.100] Speaker 2: okay\n"
                    + "[00:00:06.100 --> 00:00:08.000] Speaker 1: eight two three nine",
                "64178239"),
            everywhere(
                "a correction inside a phone",
                "my number is five oh three five five five oh one six two, no sorry, six three",
                "50355501"),
            everywhere(
                "a correction of the last four",
                "it's 503 555 0000, wait no, the last four are 0163",
                "5035550163"),
            everywhere(
                "partial results repeated",
                "{\"is_final\":false,\"transcript\":\"my name is birgit\"}\n"
                    + "{\"is_final\":false,\"transcript\":\"my name is birgit sol\"}\n"
                    + "{\"is_final\":true,\"transcript\":\"my name is birgit solander\"}",
                "solander"),
            everywhere(
                "stuttered digits",
                "my number is five-five-oh three, five five five, oh- oh one six three",
                "0163"),
            everywhere(
                "fillers inside a name spelled", "it's s, um, o l, uh, a n d e r", "solander"),
            everywhere(
                "a name with a disfluency inside", "my name is Birgit Sol- Solander", "solander"),
            everywhere(
                "confidence tags after words",
                "my name is birgit[0.91] solander[0.62] and my mrn is 64178239[0.88]",
                "solander",
                "64178239"),
            everywhere(
                "an n-best list",
                "alternatives: 1) my name is birgit solander 2) my name is bridget solander"
                    + " 3) my name is birgit so lander",
                "solander"),
            everywhere(
                "a date with ordinal words and a correction",
                "I was born on the third, sorry, the fourth of November, nineteen fifty three",
                "fourthofnovember"),
            everywhere(
                "a date said with the year first",
                "my birthday is nineteen fifty three, november fourth",
                "novemberfourth"),
            everywhere(
                "the street with a disfluency",
                "I live at eleven forty seven, uh, quillback lane in beaverton",
                "quillback"),
            everywhere(
                "an e-mail spelled with letters and words",
                "my email is b i r g i t dot s o l a n d e r at example dot com",
                "solander"),
            everywhere(
                "a member id spelled with a correction",
                "member id H Z P, no, H Z P nine oh two seven one four",
                "902714"),
            everywhere(
                "an RTTM diarisation file",
                "SPEAKER call1 1 3.12 2.28 <NA> <NA> caller <NA> <NA>\nmy mrn is six four one seven eight two three nine",
                "64178239"),
            everywhere(
                "an AWS-style items array",
                "{\"items\":[{\"type\":\"pronunciation\",\"alternatives\":[{\"content\":\"Solander\"}]},"
                    + "{\"type\":\"pronunciation\",\"alternatives\":[{\"content\":\"64178239\"}]}]}",
                "solander",
                "64178239"),
            everywhere(
                "a segments array cutting a number",
                "{\"segments\":[{\"id\":0,\"text\":\" my number is 503\"},{\"id\":1,\"text\":\" 555\"},"
                    + "{\"id\":2,\"text\":\" 0163\"}]}",
                "5035550163"))
        .flatMap(s -> s);
  }

  /** Every probe of the hunt, those of the classes left open included. */
  static Stream<HuntProbe> probes() {
    return Stream.of(fields(), scripts(), recurrences(), shapes(), transcripts()).flatMap(s -> s);
  }

  /** The probes of the closed classes and of what did not leak. */
  static Stream<HuntProbe> all() {
    return probes().filter(probe -> !OPEN.contains(shape(probe)));
  }

  /**
   * Probes of the classes ADR 22 leaves open, each for a reason it gives: they still leak, and this
   * says so, so that the ADR stays true (a fix moves them to the probes above).
   */
  static Stream<HuntProbe> stillOpen() {
    return probes().filter(probe -> OPEN.contains(shape(probe)));
  }

  /** A probe's name without the place it was played in. */
  private static String shape(HuntProbe probe) {
    return probe
        .name()
        .replaceFirst(" \\((user turn|system prompt|tool result|tool arguments)\\)$", "")
        .replaceFirst("^recurring in [a-z ]+: ", "recurring: ");
  }

  private static final java.util.Set<String> OPEN =
      java.util.Set.of(
          // Digit words of languages the spoken recognizers do not read yet (Dutch, Russian), and
          // dates with a month name of another script or Chinese numerals counted with 十: the
          // spoken and date recognizers' matter (issue 11), as Spanish and German were once.
          "Dutch digit words",
          "Russian digit words",
          "Russian date of birth",
          "Japanese date of birth with numerals",
          // A date as the arguments of a spreadsheet or TeX call (=DATE(1953,11,4),
          // \formatdate{4}{11}{1953}): the date recognizers' matter; the name beside it in TeX
          // commands too.
          "spreadsheet date function",
          "spreadsheet row with formulas",
          "LaTeX small caps and a date macro",
          // A surname with no cue and no given name beside it: written with escapes and alone
          // ("the record says \u0053olander"), after an escaped backslash, cut into string
          // literals, glued to a record's field code (AAMVA "DCSSOLANDER", a PNR's
          // "SOLANDER/BIRGITMS"), as a multipart form's part, in an item of a speech-to-text
          // result with no key that names a person. The name recognizers' matter (issue 11);
          // said with a cue, or after the call said it whole, it is masked.
          "JSON unicode escapes in prose",
          "double-escaped unicode",
          "a name cut into string literals",
          "an AAMVA driver licence barcode",
          "a PNR line",
          "a multipart form body",
          "an AWS-style items array",
          // (A known street's name misheard in its first letter, "Kuillback Lane", is closed
          // since the fifteenth hunt, ADR 38: the misheard-name search reads a street's name of
          // one word no dictionary has too. A street said with a filler set apart by commas
          // between its number and its name is closed since the fourteenth round, ADR 29.)
          // A value spread over words each followed by its timestamp in text: read without the
          // timestamps to learn from, but the known-value search cannot mask the spoken pieces
          // in place around them.
          "words with timestamps inline",
          // Values cut across user turns with no agent prompt between, in a shape no transcriber
          // writes: a date's day alone ("the fourth"), an e-mail's local part spoken and its
          // domain in the next turn. (A number cut between a message's name and its content is
          // refused since the eleventh hunt, ADR 30.)
          "a date cut across three user turns",
          "an e-mail cut across turns");

  @TestFactory
  Stream<DynamicTest> what_is_left_open_still_reaches_the_upstream() {
    return stillOpen()
        .map(
            probe ->
                DynamicTest.dynamicTest(
                    probe.name(), () -> assertThat(leak(probe)).as(probe.name()).isNotNull()));
  }

  @Test
  void there_are_at_least_eight_hundred_probes() {
    assertThat(all().count()).isGreaterThanOrEqualTo(800);
  }

  // ---------------------------------------------------------------------------------------------
  // Running

  @TestFactory
  Stream<DynamicTest> no_planted_value_reaches_the_upstream() {
    return all()
        .map(
            probe ->
                DynamicTest.dynamicTest(
                    probe.name(), () -> assertThat(leak(probe)).as(probe.name()).isNull()));
  }

  @Test
  void the_call_itself_goes_up_masked() {
    var probe =
        fresh(
            "the call",
            body(null, user(SAID)),
            "solander",
            "birgit",
            "5035550163",
            "64178239",
            "902714",
            "11041953",
            "quillback",
            "97005");
    assertThat(leak(probe)).isNull();
  }

  /** Ordinary text in the shapes the probes use: no token. */
  static final List<String> ORDINARY =
      List.of(
          "the caf&eacute; opens at nine and the r&eacute;sum&eacute; is ready",
          "{\\rtf1 caf\\u233? au lait\\par}",
          "the secret is JBSWY3DPEHPK3PXP and the code ABCDEFGHIJKLMNOP",
          "payload " + base32Of("take two tablets daily"),
          "THE CLINIC OPENS AT NINE ON WEEKDAYS",
          "我有三个孩子，住在十二楼",
          "会议在二〇二六年十二月五日，下午3点",
          "会議は3時です",
          "Cardiology; Radiology, Oncology; Pharmacy",
          "Dose+Route: oral_tablet - twice daily",
          "Agent: how can I help?\nCaller: I need a refill\nAgent: sure\nCaller: thanks",
          "BEGIN:VCARD\nVERSION:4.0\nNOTE:take two tab\n lets daily\nEND:VCARD",
          "=\"Total: \"&SUM(A1:A3)",
          "const greeting = 'Hello ' + 'world';",
          "width \\mbox{12}\\,cm",
          "^FO50,50^FDAISLE 12^FS",
          "Спасибо за помощь, до свидания",
          "Καλημέρα, ευχαριστώ πολύ",
          "{\"words\":[{\"word\":\"i\",\"start\":0.1},{\"word\":\"need\",\"start\":0.2},"
              + "{\"word\":\"a\",\"start\":0.3},{\"word\":\"refill\",\"start\":0.4}]}");

  @TestFactory
  Stream<DynamicTest> ordinary_text_in_those_shapes_is_left_as_it_is() {
    return ORDINARY.stream()
        .map(
            text ->
                DynamicTest.dynamicTest(
                    text,
                    () -> {
                      var mask = TextMask.of(MASKER, "agt_test/plain7-" + sessions++);
                      var request = ChatRequest.parse(body(null, user(text)));
                      assertThat(request.mask(mask, RequestRules.DEFAULT))
                          .isInstanceOf(ChatRequest.Masking.Masked.class);
                      assertThat(ChatFixtures.tokens(request.toJson())).as(text).isEmpty();
                    }));
  }

  @Test
  void word_items_keep_their_timings_and_a_value_s_token_stands_at_its_first_word() {
    var text =
        "{\"words\":[{\"word\":\"call\",\"start\":0.1},{\"word\":\"me\",\"start\":0.2},"
            + "{\"word\":\"at\",\"start\":0.3},{\"word\":\"five\",\"start\":0.7},"
            + "{\"word\":\"oh\",\"start\":0.9},{\"word\":\"three\",\"start\":1.0},"
            + "{\"word\":\"five\",\"start\":1.4},{\"word\":\"five\",\"start\":1.5},"
            + "{\"word\":\"five\",\"start\":1.6},{\"word\":\"oh\",\"start\":2.0},"
            + "{\"word\":\"one\",\"start\":2.1},{\"word\":\"six\",\"start\":2.2},"
            + "{\"word\":\"three\",\"start\":2.4},{\"word\":\"thanks\",\"start\":2.9}]}";
    var request =
        ChatRequest.parse(
            body(null, user("look"), ChatRequestFourthHuntProbesTest.toolResult(text)));
    request.mask(TextMask.of(MASKER, "agt_test/plain7-words"), RequestRules.DEFAULT);
    var result =
        dev.masker.domain.json.JsonParser.parseObject(
            ((dev.masker.domain.json.JsonObject)
                    dev.masker.domain.json.JsonParser.parseObject(request.toJson())
                        .array("messages")
                        .get(2))
                .string("content"));
    var words = result.array("words");
    assertThat(words).hasSize(14);
    var said = new ArrayList<String>();
    for (var item : words) {
      said.add(((dev.masker.domain.json.JsonObject) item).string("word"));
    }
    assertThat(said.subList(0, 3)).containsExactly("call", "me", "at");
    assertThat(said.get(3)).matches(ChatFixtures.TOKEN.pattern());
    assertThat(said.subList(4, 13)).containsOnly("");
    assertThat(said.get(13)).isEqualTo("thanks");
    assertThat(
            ((dev.masker.domain.json.JsonNumber)
                    ((dev.masker.domain.json.JsonObject) words.get(13)).get("start"))
                .text())
        .isEqualTo("2.9");
  }

  @Test
  void words_of_other_alphabets_stay_after_a_call_that_said_the_name_in_latin_letters() {
    var mask = TextMask.of(MASKER, "agt_test/plain7-after");
    ChatRequest.parse(body(null, user(SAID))).mask(mask, RequestRules.DEFAULT);
    var text = "Спасибо, Биргит уже позвонила. Καλημέρα σας. ꓔꓧꓰ ꓓꓳꓚꓔꓳꓣ";
    var request = ChatRequest.parse(body(null, user(text)));
    request.mask(mask, RequestRules.DEFAULT);
    var sent = request.toJson();
    assertThat(ChatFixtures.tokens(sent)).as(sent).hasSize(1);
    assertThat(sent).contains("Спасибо").contains("Καλημέρα").doesNotContain("Биргит");
  }
}
