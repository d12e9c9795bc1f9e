package dev.masker.domain.masking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Record shapes of the ninth leak hunt (ADR 26): HL7 and X12 segments quoted inside a line, run
 * onto one line or broken by a written {@code \r} or {@code \n}, and form keys in brackets.
 */
class NinthHuntCellsTest {

  private static List<String> cells(String text) {
    return LabelledCells.of(text).stream()
        .map(c -> c.label() + "=" + text.substring(c.start(), c.end()))
        .collect(Collectors.toList());
  }

  @Test
  void a_segment_quoted_after_other_words_is_read_by_its_fields() {
    assertThat(cells("e.g. PID|1||73641902^^^C^MR||QUINTANILLA^MARISOL||19740823"))
        .contains("mrn=73641902", "family=QUINTANILLA", "given=MARISOL", "dob=19740823");
  }

  @Test
  void segments_broken_by_a_written_break_or_run_onto_one_line_end_at_the_next_segment() {
    assertThat(
            cells("MSH|^~\\&|A|B|||2026||ADT^A01|1|P|2.5\\rPID|1||73641902^^^C^MR||Q^M\\rPV1|1|O"))
        .contains("mrn=73641902", "family=Q", "given=M")
        .noneMatch(cell -> cell.contains("PV1"));
    assertThat(cells("MSH|^~\\&|A|B|||2026||ADT^A01|1|P|2.5 PID|1||73641902^^^C^MR||Q^M PV1|1|O"))
        .contains("mrn=73641902", "family=Q", "given=M")
        .noneMatch(cell -> cell.contains("PV1"));
    assertThat(cells("PID|1||1^^^C||SMITH^JOHN DOE||19740823"))
        .as("a three-letter word that is no segment id does not end the segment")
        .contains("given=JOHN DOE", "dob=19740823");
  }

  @Test
  void a_segment_id_inside_a_word_starts_no_segment() {
    assertThat(cells("RAPID|1||73641902")).isEmpty();
    assertThat(cells("the xPID|1||73641902 field")).isEmpty();
  }

  @Test
  void a_bracketed_form_key_labels_its_value() {
    assertThat(cells("patient[name]=Marisol%20Q&patient[mrn]=73641902&p[a][tel]=5415550127"))
        .contains("name=Marisol%20Q", "mrn=73641902", "tel=5415550127");
    assertThat(cells("x[a b]=1 [mrn]=73641902")).isEmpty();
  }

  @Test
  void an_x12_segment_quoted_after_words_or_after_a_written_break_is_read_by_its_elements() {
    assertThat(cells("the 271 said NM1*IL*1*QUINTANILLA*MARISOL****MI*QTR508316~DMG*D8*19740823"))
        .contains(
            "family=QUINTANILLA", "given=MARISOL", "member id=QTR508316", "birth date=19740823");
    assertThat(cells("GS*HB*x\\nNM1*IL*1*Q*M****MI*QTR508316\\nDMG*D8*19740823"))
        .contains("member id=QTR508316", "birth date=19740823");
    assertThat(cells("rated 5*4 stars, NM1 is a segment")).isEmpty();
  }
}
