package dev.masker.server.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masker.server.proxy.WireUpstream.Received;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The PHI the proxy tests plant: values the built-in policy detects, written and spoken, with
 * multi-byte characters among them. None of them may reach the upstream, a log line or a table.
 */
public final class Phi {
  public static final String NAME = "Maria Gonzalez";
  public static final String DOCTOR = "Evelyn Okafor";
  public static final String NAME_ACCENTED = "Zoë Müller";
  public static final String PHONE_WRITTEN = "(415) 555-2671";
  public static final String PHONE_SPOKEN = "six five oh, eight nine two, three three one four";
  public static final String DOB_SPOKEN = "March third nineteen eighty-two";
  public static final String DOB_WRITTEN = "12/24/1950";
  public static final String MEMBER_ID = "XJH123456789";
  public static final String EMAIL = "maria.gonzalez@example.com";
  public static final String SSN = "123-45-6789";

  /** A caller's turn with most kinds at once. */
  public static final String INTRO =
      "Hi, this is "
          + NAME
          + ", my date of birth is "
          + DOB_SPOKEN
          + " and my member id is "
          + MEMBER_ID
          + ". Call me at "
          + PHONE_WRITTEN
          + " or "
          + PHONE_SPOKEN
          + ", email "
          + EMAIL
          + ".";

  /** A turn with multi-byte characters in and around the values (ë, ü, —, an emoji). */
  public static final String ABOUT_MOTHER =
      "My mother "
          + NAME_ACCENTED
          + " was born "
          + DOB_WRITTEN
          + " — she sees Dr. "
          + DOCTOR
          + " 😀 every week; her social is "
          + SSN
          + ".";

  /** Every planted value and the telling parts of each. */
  public static final List<String> ALL =
      List.of(
          NAME,
          "Gonzalez",
          DOCTOR,
          "Okafor",
          NAME_ACCENTED,
          "Müller",
          PHONE_WRITTEN,
          "555-2671",
          "4155552671",
          PHONE_SPOKEN,
          "eight nine two, three three",
          "6508923314",
          DOB_SPOKEN,
          "nineteen eighty-two",
          DOB_WRITTEN,
          MEMBER_ID,
          EMAIL,
          SSN);

  /** An MSKV1, MSK1 or SYN1 token. */
  public static final Pattern TOKEN =
      Pattern.compile("(MSKV1|MSK1|SYN1)\\.([A-Z_]+)\\.([A-Z][A-Z0-9_]*)\\.([A-Z2-7]+)");

  private Phi() {}

  /** No planted value in the raw bytes of any of these requests. */
  public static void assertNoneIn(List<Received> requests) {
    assertThat(requests).as("requests the upstream received").isNotEmpty();
    for (var request : requests) {
      for (var value : ALL) {
        assertThat(request.contains(value))
            .as("the upstream received %s in %s", value, request.bodyText())
            .isFalse();
      }
    }
  }

  /** No planted value in {@code text}. */
  public static void assertNoneIn(String what, String text) {
    for (var value : ALL) {
      assertThat(text).as(what).doesNotContain(value);
    }
  }

  /** The first token of {@code kind} in {@code text}. */
  public static String token(String text, String kind) {
    Matcher matcher = TOKEN.matcher(text);
    while (matcher.find()) {
      if (matcher.group(2).equals(kind)) {
        return matcher.group();
      }
    }
    throw new AssertionError("no " + kind + " token in " + text);
  }
}
