package dev.masker.domain.masking;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masker.domain.masking.policy.Policy;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What a text says about the values found in it, read once the passes are resolved. */
class AfterResolutionTest {
  private static final Masker MASKER =
      Masker.builder().policy(Policy.healthcareDefault()).key("K_HEALTHCARE", new byte[32]).build();

  private static String found(String text, EntityKind kind) {
    return MASKER.detect(text).stream()
        .filter(d -> d.kind() == kind)
        .map(d -> text.substring(d.start(), d.end()))
        .collect(Collectors.joining("; "));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "the office is at seven seven zero eight ivanhoe court in elmstead thanks | elmstead",
        "it's forty three ninety two tannery avenue in cedar hollow please | cedar hollow",
        "he lives on eighty nine oh four alder road in new harlow 40 six eight 6 | new harlow",
        "she lives at 55 Birch Lane, in Port Ellery, and she's fine | Port Ellery",
        "so is the lubbock office closer or the main one | lubbock",
        "her blood was drawn at the little brannock lab | little brannock",
        "so uh we moved from sorrel junction to liberty last month | sorrel junction; liberty",
        "okay so i'm over from west glamorgan visiting my daughter | west glamorgan",
        "mail goes to p o box 4521 lawton 73501 | lawton",
        "we're at 12 mill road, independence, six four oh eight two | independence",
        "i'm staying with genia in orrin until the hip heals | orrin",
        "honestly my mom's still in castor ridge, she won't move | castor ridge",
        "i live out in east lydell now, so the west office is easier | east lydell",
        "we're out on rural route four box twenty nine, orlin, the gps never finds it | orlin",
        "does your home health cover colter junction | colter junction",
        "it's lake ossin, l a k e o s s i n, two words | lake ossin",
        "yeah ashby hollow is the town and the zip is 4 8 2 5 5 | ashby hollow",
        "my sister in colter junction can take the calls | colter junction",
        "out past the grain elevator, in ridley county | ridley county",
        "she lives in a little town called millbrook | millbrook",
        "we split time between fenmore and ames, so either pharmacy works | fenmore; ames",
        "the new place is 535 dunridge court, quarry hill, as of this month | quarry hill",
        "quarry hill, seven three eight oh five, that's the zip | quarry hill",
        "she lives over in hope with temeka, her daughter | hope",
        "is there a clinic in energy or do i have to go to the other one | energy",
        "we're out in fair view now, is that still in network | fair view",
        "is there a clinic in harmony or do i have to go to saltmere | harmony; saltmere",
        "hey it's reba, reba marsh, from dunhollow | dunhollow",
        "i live out by lowbridge, like past the feed store | lowbridge",
        "he lives in linden hollow with his son | linden hollow",
        "he's at his sister's in tallow point | tallow point"
      })
  void the_town_after_an_address_the_place_of_a_branch_and_of_a_move_are_locations(
      String text, String town) {
    assertThat(found(text, EntityKind.LOCATION)).isEqualTo(town);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "yeah my name is margit westergren and i moved out to comfort ohio | comfort",
        "could you mail it to p o box five eight four seven in unity arkansas two nine six nine"
            + " six | unity",
        "it's varnum arkansas 35409 uh huh the 35409 one | varnum",
        "six seventy eight gothberg road uh energy new mexico two one six six three | energy",
        "uh lake of pines virginia okay um that's where the house is | lake of pines",
        "eight oh seven three nine and that's north fork junction missouri | north fork junction",
        "p o box 4317 comfort arkansas three eight zero three six | comfort",
        "it's forty six sixty three weir road apt four linden hollow florida five three eight four"
            + " one | linden hollow"
      })
  void the_words_before_a_state_are_the_town_without_the_state(String text, String town) {
    assertThat(found(text, EntityKind.LOCATION)).isEqualTo(town);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "i'm at my daughter's in wendlow um so 2874 saddlebrook court okay | wendlow",
        "let me see she's in quenby over by the lake well seventy eight sixteen south third drive"
            + " | quenby",
        "harmony it's called harmony like the word hmm harmony indiana | harmony; harmony; harmony",
        "so so my mailing address is different it's eden ohio five three seven one four dash"
            + " zero two five zero | eden"
      })
  void a_word_read_as_a_name_in_a_town_s_place_is_the_town(String text, String town) {
    assertThat(found(text, EntityKind.LOCATION)).isEqualTo(town);
  }

  @org.junit.jupiter.api.Test
  void five_digits_a_dash_and_four_far_from_an_identifier_s_cue_are_a_zip_code() {
    var text =
        "i need to update the address on the policy to three three three six pellham drive,"
            + " apartment six c, oakmere four three three four zero dash seven nine zero six okay";
    assertThat(found(text, EntityKind.ZIP)).startsWith("four three three four zero");
    assertThat(MASKER.mask("zip-plus-four", text).text())
        .doesNotContain("four three three four zero")
        .doesNotContain("seven nine zero six");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "it's p o box 4317 comfort arkansas three eight zero three six dash three two one seven |"
            + " three eight zero three six dash three two one seven",
        "it's post office box eighty eight eden ohio five three seven one four dash zero two five"
            + " zero | five three seven one four dash zero two five zero",
        "p o box 4317 three eight zero three six dash three two one seven | three eight zero"
            + " three six dash three two one seven",
        "my mailing address is p o box 4317 nine four one oh two | nine four one oh two"
      })
  void five_digits_a_dash_and_four_after_a_box_and_its_town_are_a_zip_code(
      String text, String zip) {
    assertThat(found(text, EntityKind.ZIP)).isEqualTo(zip);
    assertThat(found(text, EntityKind.SSN)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "put it in ana's name please, she lives at 12 oak street",
        "i'm staying with my son bekir gunderson while my hip heals at 12 oak street"
      })
  void a_name_in_no_town_s_place_stays_a_name(String text) {
    assertThat(found(text, EntityKind.LOCATION)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "we used to live in northern california but now we're back in ohio",
        "i'm going to visit ohio next week for my sister",
        "my cousin flew to texas and drove back",
        "we were all over florida last winter"
      })
  void a_region_or_a_journey_before_a_state_is_no_town(String text) {
    assertThat(found(text, EntityKind.LOCATION)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "um twenty four sixty nine davi miguel avenue um that's port haddon i mean kentucky",
        "my mom lives in mount vernon springs north carolina and needs oxygen"
      })
  void a_state_is_no_name(String text) {
    assertThat(found(text, EntityKind.NAME)).doesNotContain("kentucky", "carolina");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "first line seven ninety seven martha street second line apartment thirty four | seven"
            + " ninety seven martha street; apartment thirty four",
        "okay um it's forty nine highway thirteen space forty four in the trailer park | forty"
            + " nine highway thirteen space forty four",
        "i'm at 5863 lone road uh huh apt 10d um the gate code is four four one two | 5863 lone"
            + " road; apt 10d",
        "the building is building g at ninety seven forty five anders boulevard | building g;"
            + " ninety seven forty five anders boulevard",
        "it's 843 harrowgate road building b apartment twelve, the complex | 843 harrowgate road"
            + " building b apartment twelve",
        "hmm it's 3 like 3 and it's on brisbee avenue in eden | brisbee avenue",
        "no it's thirteen ninety well on quarry hollow avenue in pembry | quarry hollow avenue"
      })
  void a_unit_or_a_street_said_apart_from_its_address_is_an_address(String text, String found) {
    assertThat(found(text, EntityKind.ADDRESS)).isEqualTo(found);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "the clinic is in building c suite two hundred on the second floor",
        "i live at 12 oak street and the clinic is at suite 400 of the medical tower",
        "the pharmacy on elm street in pembry is closed"
      })
  void a_unit_or_a_street_of_a_facility_is_no_one_s_address(String text) {
    assertThat(found(text, EntityKind.ADDRESS)).isIn("", "12 oak street");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "it's uh 84860 um so 84860 yeah 84860 for the new place | 84860",
        "like nine five two seven eight okay um nine five two seven eight | five two seven",
        "three two four oh three you know is that what you needed | two four oh"
      })
  void five_digits_said_alone_as_an_answer_are_a_zip_code_wherever_said_again(
      String text, String zip) {
    assertThat(found(text, EntityKind.ZIP)).isNotEmpty();
    assertThat(MASKER.mask("zip-" + text.hashCode(), text).text()).doesNotContain(zip);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "twelve thousand five hundred steps a day",
        "it's 12345 and the other one is 67890",
        "two tablets twice a day for ten days",
        "the claim number is 48213 can you look at it"
      })
  void other_numbers_that_open_a_turn_are_no_zip_code(String text) {
    assertThat(found(text, EntityKind.ZIP)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "the rose garden at mercy ridge hospital is lovely",
        "he lives at willow grove hospice now",
        "the bill from brightwater hospice came in march",
        "he's at riverbend pharmacy and he is ninety seven years of age"
      })
  void the_name_of_a_hospital_a_hospice_or_a_pharmacy_is_no_one_s(String text) {
    assertThat(found(text, EntityKind.NAME) + found(text, EntityKind.LOCATION)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "we live at 1234 oak street in the back of the building",
        "we moved to 1234 oak street in june",
        "drop it at 1234 oak street in two weeks",
        "come to 1234 oak street in person",
        "is the main office open, or the billing office, or the union lab",
        "will you bill the grant office for it, or the grace clinic",
        "we moved from nights to days on the ward",
        "i came over from the hospital",
        "she is in good spirits now",
        "put it in ana's name please",
        "the pain is in my lower back, near the hip",
        "we're at 8501 penhallow place, blue door, top floor",
        "rural route seven box twenty four, sorry, rural route seven box twenty five",
        "my knee is in the hollow",
        "The patient moved to Colter Junction last year",
        "we are in this county, not the next one",
        "it got moved from nineteenth may to wednesday",
        "is the urgent care at saint agnes open on sundays",
        "it is between lisinopril and metoprolol for now",
        "the pain is between my shoulders and neck",
        "i broke out in hives after the brown rice",
        "hey there hacer hill speaking, you called me",
        "he's been up in pain all night",
        "the nurse was out in the hall",
        "she was back in june for the same thing",
        "i'm in england till march so use her mobile, oh seven seven double oh, nine double oh",
        "the letter went to marketing, then to shipping",
        "she was transferred by ambulance to the ward"
      })
  void ordinary_words_there_are_no_place(String text) {
    assertThat(found(text, EntityKind.LOCATION)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "right so dawn, uh dawn viveiros, is my patient | dawn; dawn viveiros",
        "the caregiver is june, like the month, june halvorsk, she comes | june; june halvorsk",
        "can you email my daughter instead, abraham, abraham dash p at example dot com | abraham"
      })
  void a_first_name_said_before_the_full_name_is_the_same_name(String text, String names) {
    assertThat(found(text, EntityKind.NAME)).isEqualTo(names);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "no it's philippa with a p as in paul. | philippa",
        "that's m as in mary, a, r, k | m as in mary, a, r, k",
        "the patient is p as in paul whitcombe | paul whitcombe",
        "my name is w as in whitcombe | whitcombe"
      })
  void a_word_a_letter_is_spelled_with_is_no_name_of_its_own(String text, String names) {
    assertThat(found(text, EntityKind.NAME)).isEqualTo(names);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "right so ramon hornung, ninety two, she's in hospice now | ninety two",
        "hello jesus pacocha one hundred and four she's in hospice now | one hundred and four",
        "joselyn is 100 and lives alone | 100"
      })
  void an_age_over_eighty_nine_said_after_a_name_is_an_age(String text, String age) {
    assertThat(found(text, EntityKind.AGE)).isEqualTo(age);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "tell ramon hornung ninety two pills are left",
        "right so ramon hornung, eighty two, she's fine",
        "Domicile de Justine Charles : avenue Louise 99, boîte 9, B-5000 Namur"
      })
  void other_numbers_after_a_name_are_no_age(String text) {
    assertThat(found(text, EntityKind.AGE)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "zip is three five two eight six, no, sorry, three five two eight one, the last one | ZIP"
            + " | three five two eight six; three five two eight one",
        "plate seven b t d five three nine, no, d as in david not b, so seven d t d five three nine"
            + " | VEHICLE_ID | seven b t d five three nine; seven d t d five three nine",
        "my number is 617 555 0142, uh, no wait, 617 555 0143 | PHONE | 617 555 0142; 617 555 0143",
        "date of birth is february eighth two thousand and four, no sorry, 6/1/1974 | DOB"
            + " | february eighth two thousand and four; 6/1/1974",
        "born march 3 1950, sorry, i have an appointment on june 4 2024 | DOB | march 3 1950"
      })
  void a_number_said_again_to_correct_it_is_of_the_same_kind(
      String text, EntityKind kind, String values) {
    assertThat(found(text, kind)).isEqualTo(values);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "my number is 617 555 0142, no sorry i have two appointments",
        "Insurance card no.: 058-894-760165149-46\nFile no.: 3285239"
      })
  void a_number_after_no_that_corrects_nothing_keeps_its_own_kind(String text) {
    assertThat(MASKER.detect(text))
        .filteredOn(d -> d.kind() == EntityKind.PHONE || d.kind() == EntityKind.HEALTH_PLAN_ID)
        .hasSizeLessThanOrEqualTo(1);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "no sorry, nine seven one two four | nine seven one two four",
        "no, seven d t d five three nine | seven d t d five three nine",
        "uh wait, it's 64178293 | 64178293"
      })
  void a_turn_that_opens_by_taking_back_a_value_masks_the_number_it_says(
      String text, String value) {
    assertThat(found(text, EntityKind.OTHER_ID)).isEqualTo(value);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "no, i take 500 mg twice a day",
        "sorry, can i book for tuesday at ten",
        "no thanks, that's all",
        "actually i have two questions"
      })
  void a_turn_that_opens_with_no_and_says_no_code_keeps_its_words(String text) {
    assertThat(MASKER.detect(text)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "call (239) 555-0158 x nine six four three to confirm | (239) 555-0158 x nine six four three",
        "call (608) 555-0132 extension number 2595 to confirm | (608) 555-0132 extension number"
            + " 2595",
        "three one two, five five five, zero one four two ext 553, my desk | three one two, five"
            + " five five, zero one four two ext 553",
      })
  void the_extension_after_a_phone_number_is_part_of_it(String text, String phone) {
    assertThat(found(text, EntityKind.PHONE)).isEqualTo(phone);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "okay yahya radomski, 2/23/1948, twelve forty eight two, and the phone is | twelve forty"
            + " eight two",
        "okay fika turner, june twenty seven, thirty one, 26117, and the phone is | 26117",
      })
  void a_five_digit_number_in_a_list_of_a_person_s_values_is_a_zip_code(String text, String zip) {
    assertThat(found(text, EntityKind.ZIP)).isEqualTo(zip);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"take 12500 steps, 30 minutes, 12000 units", "room 40210, ward b, bed 12"})
  void five_digits_among_counts_are_no_zip_code(String text) {
    assertThat(found(text, EntityKind.ZIP)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "ditti dicks is one hundred four, lives alone | one hundred four",
        "joselyn is 100 and lives alone | 100",
      })
  void an_age_over_a_hundred_said_after_a_name_is_an_age(String text, String age) {
    assertThat(found(text, EntityKind.AGE)).isEqualTo(age);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "she lives over in sterling with neve, her daughter | neve",
        "and i'm simar, the dependent | simar",
        "it was teodric stromberg, my husband, who called | teodric stromberg",
      })
  void a_name_said_before_who_the_person_is_is_a_name(String text, String name) {
    assertThat(found(text, EntityKind.NAME)).isEqualTo(name);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "may is the last name you know like the word | may",
        "bush is the last name no it's not a joke | bush",
        "uh okafor is my surname | okafor",
        "my daughter's name is liberty yes like the word | liberty",
        "the aide's name is sunny she comes tuesdays | sunny",
        "it's ove heretik but i go by tank so if you see that it's me | ove heretik; tank",
        "everyone calls me bunny but the chart says elvira guler | bunny; elvira guler",
        "petri bin danjuma here um calling for my father | petri bin danjuma",
        "it's sona prat-tatar with a hyphen both names | sona prat-tatar",
        "the name is gerard nygaard last name spelled november yankee golf alpha alpha romeo"
            + " delta | gerard nygaard; november yankee golf alpha alpha romeo delta",
        "surname is olubukola given name nur born october twenty third | olubukola; nur",
      })
  void a_name_said_before_its_cue_or_as_an_ordinary_word_after_one_is_a_name(
      String text, String names) {
    assertThat(found(text, EntityKind.NAME)).isEqualTo(names);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Corisande,Ravensholt,1957-03-14,307-555-0172,59317246 | Corisande; Ravensholt",
        "ada okafor;03/14/1952;208-555-0139;F;Pocatello | ada okafor",
      })
  void the_names_that_open_a_record_row_with_no_header_are_names(String row, String names) {
    assertThat(found(row, EntityKind.NAME)).isEqualTo(names);
  }

  @Test
  void a_row_parted_by_bars_opens_with_its_names_too() {
    assertThat(found("Ravel|Quinta|1961-02-09|(415) 555-0101|48120377", EntityKind.NAME))
        .isEqualTo("Ravel; Quinta");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "apples,pears,2024-01-15,2024-02-01,total",
        "Visit,Follow up,2024-01-15,2024-02-01,done",
        "red,green,blue,yellow",
      })
  void a_row_that_opens_with_ordinary_words_or_holds_no_values_names_no_one(String row) {
    assertThat(found(row, EntityKind.NAME)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "what is your last name",
        "that is the name on the card",
        "i go by bus to the clinic",
        "the blue one that's the one i'm in",
        "okay that's the town hall right",
        "they call me at home usually",
        "the well-known trash bin near the door",
      })
  void questions_about_a_name_and_ordinary_words_after_no_cue_are_no_name_nor_town(String text) {
    assertThat(found(text, EntityKind.NAME)).isEmpty();
    assertThat(found(text, EntityKind.LOCATION)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "call the pharmacy, my daughter said",
        "it's fine, my husband can drive",
        "tell him, the nurse will know",
      })
  void an_ordinary_word_before_who_someone_is_is_no_name(String text) {
    assertThat(found(text, EntityKind.NAME)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "i live out by lowbridge, like past the feed store, 44701 | 44701",
        "send it to seventy three orchard way, that's quarry hill, one three five to two"
            + " | one three five to two",
      })
  void a_value_one_reader_found_gives_another_its_context(String text, String zip) {
    assertThat(found(text, EntityKind.ZIP)).isEqualTo(zip);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "send it to seventy three orchard way, that's quarry hill, one three five to two"
            + " | quarry hill",
        "we moved, it's 29 quillhaven way unit fifteen now, in sterling | sterling",
        "i'm at five two oh three pruett court suite 553, plain, and my phone is 617 555 0105"
            + " | plain",
        "it's linden hollow, six seven six one six dash five four double six | linden hollow",
        "we moved from dunmore to quarry falls in october | dunmore; quarry falls",
        "fasting draw tomorrow at the otter bend location, please | otter bend",
      })
  void a_town_beside_a_zip_an_address_or_a_move_is_a_location(String text, String town) {
    assertThat(found(text, EntityKind.LOCATION)).isEqualTo(town);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "we're in the trailer park off farm to market four, lot six is us",
        "i have to go to the bus station tomorrow",
        "we drove to the fire station by the school",
      })
  void a_unit_a_station_or_a_bank_s_branch_is_no_town(String text) {
    assertThat(found(text, EntityKind.LOCATION)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "i'm right on marigold road, past the school | marigold road",
        "we're just off of pinhook place, you turn at the church | pinhook place",
        "we're at 4728 olsen street, and the cross street is spring boulevard"
            + " | 4728 olsen street; spring boulevard",
        "tell him it's nine ninety one ostrander road, not quillon way"
            + " | nine ninety one ostrander road; quillon way",
        "i'm at my boyfriend's, cesar, on greaves court, it's the green one | greaves court",
        "we're just off highway thirty three, the white fence | highway thirty three",
        "you turn right, we're onto ravenna trail after that | ravenna trail",
        "my mom lives out on county road twenty seven past the grain elevator"
            + " | county road twenty seven",
        "we're on route 95 between the two farms | route 95",
        "we're in the trailer park off farm to market four | farm to market four",
        "we're on forest service road 4606, the cabin past the gate | forest service road 4606",
        "i'm at my mom's, she's on kestrel ave, the blue one | kestrel ave",
        "the landlord says the address is 4161 maple avenue not weir road"
            + " | 4161 maple avenue; weir road",
      })
  void a_street_or_a_numbered_road_said_of_a_person_without_a_house_number_is_an_address(
      String text, String address) {
    assertThat(found(text, EntityKind.ADDRESS)).isEqualTo(address);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "the pharmacy on elm street is open late",
        "i have to go to claims court on my way home",
        "i'm at the park and ride on highway ninety",
        "county road eighty four is closed",
        "take route two to get there it's twenty minutes",
        "we talked about the feedback loop on the call",
      })
  void a_facility_s_street_a_court_or_a_road_travelled_is_no_address(String text) {
    assertThat(found(text, EntityKind.ADDRESS)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "it's linden hollow, six seven six one six dash five four double six",
      })
  void nine_digits_said_five_dash_four_are_a_zip_plus_four_not_a_social(String text) {
    assertThat(found(text, EntityKind.ZIP))
        .isEqualTo("six seven six one six dash five four double six");
    assertThat(found(text, EntityKind.SSN)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "she's in port saint ellery now | port saint ellery",
        "the mobile clinic comes to upper marsh hollow every other thursday | upper marsh hollow",
        "they keep going there instead of saint claire shores | saint claire shores",
        "it's north fork landing, people always send it to the wrong one | north fork landing",
        "we're in the apartments behind the walmart in gray summit now | gray summit",
        "zip code, 81865-5680, and the city is fairplay | fairplay",
        "spell the town, saxonburg, yeah like it sounds | saxonburg",
        "uh is that the one over by friendship or the one downtown | friendship",
        "is there a nurse who covers us, we're way out past union | union",
        "which pharmacy is closest, i'm new in pine barrow | pine barrow",
      })
  void a_town_of_a_town_s_shape_or_named_as_one_is_a_location(String text, String town) {
    assertThat(found(text, EntityKind.LOCATION)).isEqualTo(town);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "i'm on a new lisinopril dose and the town is small",
        "the place is closed and we moved in 2019",
        "my knee is out past the point of repair",
        "i'm new in town so where is the lab",
      })
  void ordinary_words_after_a_town_word_are_no_town(String text) {
    assertThat(found(text, EntityKind.LOCATION)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "can you check if there's a pharmacy in 86352, that's where my mom is | 86352",
        "spell the town, saxonburg, yeah like it sounds, and it's 14623 | 14623",
      })
  void five_digits_after_in_or_in_a_turn_naming_a_town_are_a_zip_code(String text, String zip) {
    assertThat(found(text, EntityKind.ZIP)).isEqualTo(zip);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "you go past the saint claire shores turnoff, then left | saint claire shores",
        "we're moving to 13 birchmont drive number eight c in liberty | liberty",
        "the pine barrow location please, not the main campus | pine barrow",
      })
  void a_town_before_a_turnoff_after_a_flat_or_naming_a_branch_is_a_location(
      String text, String town) {
    assertThat(found(text, EntityKind.LOCATION)).isEqualTo(town);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "can i go to the main campus location instead",
        "is the west side branch open on sunday",
        "13 birchmont drive number eight c in the back",
      })
  void which_branch_or_where_in_a_house_is_no_town(String text) {
    assertThat(found(text, EntityKind.LOCATION)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "it's the farmhouse at ninety four farm to market 87, past the church"
            + " | ninety four farm to market 87",
        "my house number is 7772 and the street's yarrow loop | 7772; yarrow loop",
        "the street is cardinal street and the house number is twenty four"
            + " | cardinal street; twenty four",
      })
  void a_house_number_said_apart_or_before_a_numbered_road_is_an_address(
      String text, String address) {
    assertThat(found(text, EntityKind.ADDRESS)).isEqualTo(address);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "my granddad is ninety seven, he's at home | ninety seven",
        "my nephew is 93 and still drives | 93",
      })
  void an_age_over_eighty_nine_said_of_a_relative_is_an_age(String text, String age) {
    assertThat(found(text, EntityKind.AGE)).isEqualTo(age);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "i go to the halbeck office and they said to call | halbeck",
        "west cedar falls or halbeck, whichever has the earliest appointment"
            + " | cedar falls; halbeck",
        "we're in port saint ellery now not calloway | port saint ellery; calloway",
        "from varrow to the hospital is like an hour | varrow",
        "if you hit redlow you went too far | redlow",
        "you'll see a sign for halbeck, don't take it | halbeck",
        "i'm from bellmoor originally but i'm staying here | bellmoor",
        "we're moving to orland next month so the deliveries need to go there | orland",
        "the pharmacy in eden said they'd deliver | eden",
        "it's the other side of vallory past the feed store | vallory",
        "we're down by chester right near the old water tower | chester",
        "it's harlow county not the city the county part | harlow county",
        "we moved to ravensholt county last may | ravensholt county",
        "we're in unincorporated orrin county technically | orrin county",
        "uh yeah the town is called reliance like the word | reliance",
        "my neighbour drives me but he moved to kinsale | kinsale",
        "uh stillwell that's where i am right now at my cousin's | stillwell",
        "it's in eugene not the person the town eugene yeah | eugene; eugene",
        "she's over in little falls the part of bramwell by the rail yard"
            + " | little falls; bramwell",
        "it's 6916 bay street unit twenty nine wexley kentucky six seven seven one oh | wexley",
        "elm falls okay so yes that's the town i'm in right now | elm falls",
        "oh saint clement uh yeah that's the one we're in | saint clement",
        "i'm in wexmoor yeah no sorry cedar bluff that's the next town over"
            + " | wexmoor; cedar bluff",
      })
  void a_word_read_as_a_name_where_a_place_stands_is_a_location(String text, String town) {
    assertThat(found(text, EntityKind.LOCATION)).isEqualTo(town);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "i was seen in the er in redwater on august sixteenth and they told me | redwater",
        "we stayed in redwater till january the fifteenth | redwater",
        "can you move her she'll be in new tarrow that week | new tarrow",
        "i picked it up in new tarrow on november third but it was half empty | new tarrow",
        "i got hurt at the trailhead outside grayling | grayling",
        "i'm from quillbury originally | quillbury",
        "it was in maple glen that i got the stitches on january first | maple glen",
        "the doctor in hope saw me and i have the paperwork | hope",
        "my son drove me home from orchard hill on september fourteenth | orchard hill",
        "billing address 2085 hollis way cobb falls 47973 | cobb falls",
      })
  void a_town_said_before_when_is_a_location(String text, String town) {
    assertThat(found(text, EntityKind.LOCATION)).isEqualTo(town);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "so veronica oosters eleven twenty one fifty three and the address is on file"
            + " | eleven twenty one fifty three",
        "it's veronica oosters, oh three oh four nineteen sixty one | oh three oh four nineteen"
            + " sixty one",
        "so angelica leiwesmeier april tenth nineteen thirty five | april tenth nineteen thirty"
            + " five",
      })
  void a_date_said_right_after_a_name_is_a_birth_date(String text, String date) {
    assertThat(found(text, EntityKind.DOB)).isEqualTo(date);
    assertThat(found(text, EntityKind.NAME)).isNotEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "patient account nine five six six nine four six the amount due is $1293.81"
            + " | ACCOUNT | nine five six six nine four six",
        "send it to (247) 555-0136 that's the fax at the pharmacy not the phone | FAX"
            + " | (247) 555-0136",
        "call me at (247) 555-0136 that's my cell not the fax | PHONE | (247) 555-0136",
        "Tel. 06 1820 3690 / Fax +39 02 55406912 | PHONE | 06 1820 3690",
      })
  void an_amount_is_no_number_and_a_number_called_a_fax_after_it_is_one(
      String text, EntityKind kind, String value) {
    assertThat(found(text, kind)).isEqualTo(value);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "it's veronica oosters five five five oh one two three",
        "it's veronica oosters twelve thirty four fifty six",
      })
  void numbers_after_a_name_that_make_no_date_are_no_birth_date(String text) {
    assertThat(found(text, EntityKind.DOB)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "she was born in ohio on june seventeenth",
        "i've been in pain since tuesday",
        "he was in rehab until march",
        "i'll be in surgery that morning",
        "the dog sleeps outside",
        "i was in so much pain that i cried",
        "it was in my bag that i found it",
      })
  void everyday_words_and_states_before_when_are_no_town(String text) {
    assertThat(found(text, EntityKind.LOCATION)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "i got a text from guzman at the lab saying it was fine | guzman",
        "a call from ana to confirm the time | ana",
        "we're moving to gina's place next month | gina",
        "please reach out to marisol about the refill | marisol",
      })
  void a_name_after_a_message_from_stays_a_name(String text, String name) {
    assertThat(found(text, EntityKind.NAME)).isEqualTo(name);
    assertThat(found(text, EntityKind.LOCATION)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "anthon phillips. august seventh nineteen fifty three. um the id is next"
            + " | august seventh nineteen fifty three",
        "okay liviu barta, january twelfth, 1972, and the phone is next | january twelfth, 1972",
        "my wife's birthday is may fifth nineteen fifty nine and mine is the twenty-sixth of"
            + " february nineteen thirty nine | may fifth nineteen fifty nine; twenty-sixth of"
            + " february nineteen thirty nine",
      })
  void a_date_long_past_said_right_after_a_name_or_a_birth_date_is_a_birth_date(
      String text, String dob) {
    assertThat(found(text, EntityKind.DOB)).isEqualTo(dob);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "anthon phillips, march third, for the follow up",
        "the visit with anthon phillips on march third nineteen fifty three was about his dad",
      })
  void a_date_with_no_year_or_not_beside_the_name_is_no_birth_date(String text) {
    assertThat(found(text, EntityKind.DOB)).isEmpty();
  }

  @Test
  void a_visit_said_after_a_birth_date_stays_a_date() {
    var text =
        "born may fifth nineteen fifty nine, that's right, and then my knee surgery was on june"
            + " second nineteen ninety";

    assertThat(found(text, EntityKind.DOB)).isEqualTo("may fifth nineteen fifty nine");
    assertThat(found(text, EntityKind.DATE)).isEqualTo("june second nineteen ninety");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "the one born nineteen eighty four, may twenty three please | DOB"
            + " | nineteen eighty four, may twenty three",
        "her birthday it's nineteen sixty eight, june twenty five and the social is next | DOB"
            + " | nineteen sixty eight, june twenty five",
        "it says 1944, november six | DATE | 1944, november six",
      })
  void a_year_said_before_its_month_and_day_is_part_of_the_date(
      String text, EntityKind kind, String date) {
    assertThat(found(text, kind)).isEqualTo(date);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "i take two tablets, may twenty three is the visit",
        "i take twenty, may twenty three is the visit",
      })
  void a_number_before_a_date_that_is_no_year_stays_out_of_it(String text) {
    assertThat(found(text, EntityKind.DATE)).isEqualTo("may twenty three");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "okay so that was alder junction no oxley heights i always mix them up | alder junction;"
            + " oxley heights",
        "no the pharmacy in brannock ridge not the one in saltmarsh they have the refill"
            + " | brannock ridge; saltmarsh",
        "we moved from ames to normal last spring | ames; normal"
      })
  void a_town_said_beside_a_town_found_is_a_town(String text, String towns) {
    assertThat(found(text, EntityKind.LOCATION)).isEqualTo(towns);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "pick up at 5437 tanager lane in marrowby and drop off at the clinic",
        "we drove from boston to see my mother",
        "she's in portland or something",
        "it's in chicago and my son is there",
        "he fell at the cabin near pellston ridge and cracked two ribs"
      })
  void what_follows_a_town_as_a_verb_or_an_everyday_word_stays(String text) {
    var towns = found(text, EntityKind.LOCATION);
    assertThat(towns.split("; ")).hasSize(1);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "right she's in plain with me | plain",
        "oh i'm at my daughter's in normal until monday so send the nurse there | normal",
        "she's back in hope now staying with her sister | hope",
        "okay so i'm just on my way back from gray can i call you in twenty minutes | gray",
        "we're staying out near plain for the holidays | plain",
        "her mail goes to climax oh three six one five but she's staying with me | climax",
        "her mail goes to birchard lake 73151 but she's staying with me | birchard lake",
        "the town is hazard and the zip is eight three eight one seven | hazard",
        "put down three fifteen pellman court okay um and the city is lake of pines | lake of pines",
        "uh out in friendship um it's route two box three sixty five | friendship",
        "that's my cell out here in hope | hope",
        "this is maya calling from friendship about my ride tomorrow | friendship",
        "my mother she's ninety three but she lives alone in liberty | liberty",
        "okay the street is 34 north garfield street and the town union | union"
      })
  void a_town_named_by_an_everyday_word_in_a_towns_slot_is_a_town(String text, String town) {
    assertThat(found(text, EntityKind.LOCATION)).isEqualTo(town);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "things are back to normal now thanks",
        "can you say it in plain english",
        "we live in harmony with the neighbours",
        "i'm in hope for the best",
        "please send it to my daughter 12 times",
        "the refill goes to walgreens 10 minutes from here",
        "the city is nice this time of year",
        "i'm in pain um can you help",
        "we live in hope"
      })
  void the_same_words_as_words_are_no_town(String text) {
    assertThat(found(text, EntityKind.LOCATION)).isEmpty();
    assertThat(found(text, EntityKind.ZIP)).isEmpty();
  }
}
