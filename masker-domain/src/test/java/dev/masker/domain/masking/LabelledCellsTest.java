package dev.masker.domain.masking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Values labelled by a text's structure: XML elements and table columns. */
class LabelledCellsTest {

  private static List<String> cells(String text) {
    return LabelledCells.of(text).stream()
        .map(c -> c.label() + "=" + text.substring(c.start(), c.end()))
        .collect(Collectors.toList());
  }

  @Test
  void an_element_labels_its_text() {
    assertThat(cells("<patient><given>Dagny</given><familyName> Halvorsen </familyName></patient>"))
        .containsExactly("given=Dagny", "family name=Halvorsen");
  }

  @Test
  void a_table_header_labels_its_column() {
    assertThat(
            cells("| First | Last | Phone |\n|---|---|---|\n| dagny | halvorsen | 415 555 2671 |"))
        .containsExactly("first=dagny", "last=halvorsen", "phone=415 555 2671");
    assertThat(cells("first name,last name,dob\r\nDagny,Halvorsen,03/14/1961"))
        .containsExactly("first name=Dagny", "last name=Halvorsen", "dob=03/14/1961");
    assertThat(cells("name\tmrn\nHalvorsen\t88812345"))
        .containsExactly("name=Halvorsen", "mrn=88812345");
  }

  @Test
  void label_lines_and_key_value_pairs_are_cells_that_count_by_their_key_only() {
    assertThat(cells("patient:\n  family: Halvorsen\n  - member_id: XJH447122"))
        .containsExactly("family=Halvorsen", "member id=XJH447122");
    assertThat(cells("family=Halvorsen&dob=1961-03-14 ok"))
        .containsExactly("family=Halvorsen", "dob=1961-03-14");
    assertThat(LabelledCells.of("a=1\nnote: fine")).allMatch(LabelledCells.Cell::keyedOnly);
  }

  @Test
  void a_value_member_is_labelled_by_the_sibling_naming_it() {
    assertThat(
            cells(
                "identifier: [{system: mrn, value: 52930471}, {type: 'phone', value: 3125550187}]"))
        .contains("mrn=52930471", "phone=3125550187");
    assertThat(cells("{name: dose, value: 20} {value: 5}")).contains("dose=20", "value=5");
  }

  @Test
  void a_nested_record_is_no_value_of_its_key() {
    var text = "addr: {'city': 'Hue', 'line1': '318 Phan Chu Trinh'}";
    assertThat(cells(text)).containsExactly("city=Hue", "line1=318 Phan Chu Trinh");
  }

  @Test
  void sql_rows_and_copy_blocks_are_labelled_by_their_column_list() {
    assertThat(
            cells(
                "insert into members(first_name,last_name,mrn) values('greta','o''neil',52930471),"
                    + " ('ada', 'lind', 61184420);"))
        .containsExactly(
            "first name=greta",
            "last name=o''neil",
            "mrn=52930471",
            "first name=ada",
            "last name=lind",
            "mrn=61184420");
    assertThat(cells("COPY patients (last_name, mrn) FROM stdin;\nWhitcombe\t52930471\n\\."))
        .contains("last name=Whitcombe", "mrn=52930471");
    assertThat(cells("SELECT * FROM p WHERE mrn = '52930471' AND surname => Whitcombe"))
        .containsExactly("mrn=52930471", "surname=Whitcombe");
  }

  @Test
  void a_header_run_into_its_row_and_aligned_tables_label_their_columns() {
    assertThat(cells("name,dob,mrn Greta Whitcombe,07/22/1958,52930471"))
        .containsExactly("name=Greta Whitcombe", "dob=07/22/1958", "mrn=52930471");
    assertThat(cells("surname;member id;mrn Whitcombe;QRT583906;52930471"))
        .containsExactly("surname=Whitcombe", "member id=QRT583906", "mrn=52930471");
    assertThat(cells("LAST NAME    MRN\nWHITCOMBE    52930471\nOKAFOR       61184420"))
        .containsExactly("last name=WHITCOMBE", "mrn=52930471", "last name=OKAFOR", "mrn=61184420");
    assertThat(cells("Name & MRN \\\\\nGreta Whitcombe & 52930471 \\\\"))
        .containsExactly("name=Greta Whitcombe", "mrn=52930471");
    assertThat(cells("Whitcombe (surname), 52930471 (MRN)"))
        .containsExactly("surname=Whitcombe", "mrn=52930471");
  }

  @Test
  void a_sentence_after_a_name_and_a_cue_is_no_cell_of_the_cue() {
    assertThat(cells("tremblay, born april 22 1956, i'm calling for the flu shot"))
        .containsExactly("tremblay=april 22 1956");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "INSERT INTO orders (sku, qty) VALUES ('A12', 3);",
        "drug,dose,times aspirin,81 mg,2",
        "DRUG         DOSE     TIMES\nASPIRIN      81 MG    2",
        "take 2 (two) tablets, then rest (a lot)",
        "hi, i'm calling about my refill\nand, well, the dose",
        "a, b\nc, d, e",
        "What is it? Who, me?\nyes, you",
        "<br/> <b>bold</i> x < y and y > z",
        "no structure here"
      })
  void prose_is_no_table(String text) {
    assertThat(LabelledCells.of(text)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "<a ",
        "<given>x</given>",
        "\n,",
        "|x|y|\n",
        "family: a\n",
        "aaaaaaaaaaaaaaaa=",
        "k=vvvvvvvvvvvvvvvvvvvv&",
        "insert (",
        "insert (a) ",
        "copy (a) ",
        "insert into t (name, mrn) values ('a', 1), ",
        "copy t (name, mrn) from stdin;\n",
        "x (mrn) ",
        "name,mrn a,",
        "NAME  MRN\nA  1\n",
        "Name & MRN \\\\\n",
        "mrn = 1 "
      })
  void work_grows_with_the_input_not_faster(String unit) {
    LinearWork.assertLinear(
        unit,
        unit.repeat(100_000 / unit.length()),
        unit.repeat(1_000_000 / unit.length()),
        LabelledCells::of);
  }
}
