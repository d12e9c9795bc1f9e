package dev.masker.domain.masking;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masker.domain.masking.policy.Policy;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A value's mark: the same on every server with the key, and telling nothing of the value. */
class ValueMarksTest {
  private static final String TEXT = "Maria Lopez, 415 555 2671; again: 415-555-2671";

  private static Masker masker(int keyByte) {
    var key = new byte[32];
    Arrays.fill(key, (byte) keyByte);
    return Masker.builder().policy(Policy.healthcareDefault()).key("K_HEALTHCARE", key).build();
  }

  private static List<String> marks(Masker masker, String session, String cue, String text) {
    return masker.valueMarks().of(session, cue, text, masker.detect(text));
  }

  @Test
  void two_servers_with_one_key_mark_a_text_alike_and_each_occurrence_apart() {
    var here = marks(masker(7), "agt_1/call-A", null, TEXT);
    var there = marks(masker(7), "agt_1/call-A", null, TEXT);

    assertThat(here).hasSizeGreaterThanOrEqualTo(3).isEqualTo(there).doesNotHaveDuplicates();
    assertThat(here).allSatisfy(mark -> assertThat(mark).startsWith(ValueMarks.PREFIX));
  }

  @Test
  void another_session_text_cue_or_key_marks_otherwise() {
    var marks = marks(masker(7), "agt_1/call-A", null, TEXT);

    assertThat(marks(masker(7), "agt_1/call-B", null, TEXT)).doesNotContainAnyElementsOf(marks);
    assertThat(marks(masker(7), "agt_1/call-A", "note", TEXT)).doesNotContainAnyElementsOf(marks);
    assertThat(marks(masker(7), "agt_1/call-A", null, TEXT + " "))
        .doesNotContainAnyElementsOf(marks);
    assertThat(marks(masker(8), "agt_1/call-A", null, TEXT)).doesNotContainAnyElementsOf(marks);
  }

  @Test
  void a_mark_holds_nothing_of_the_value_and_opens_as_no_token() {
    var masker = masker(7);
    var session = "agt_1/call-A";
    var marks = marks(masker, session, null, TEXT);

    assertThat(String.join(" ", marks))
        .doesNotContainIgnoringCase("maria")
        .doesNotContainIgnoringCase("lopez")
        .doesNotContain("2671");
    assertThat(masker.rehydrate(session, String.join(" ", marks)))
        .as("no rehydration reads a mark")
        .isEqualTo(String.join(" ", marks));
  }
}
