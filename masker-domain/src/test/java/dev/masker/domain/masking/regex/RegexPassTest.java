package dev.masker.domain.masking.regex;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masker.domain.masking.Detection;
import dev.masker.domain.masking.EntityKind;
import dev.masker.domain.masking.LinearWork;
import dev.masker.domain.masking.Pass;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RegexPassTest {
  private final RegexPass pass = new RegexPass();

  @Test
  void clinical_small_talk_with_times_doses_counts_rooms_and_years_has_no_detections() {
    var text =
        "Good morning! Take two tablets twice a day, 500 mg each, with food. The nurse will see"
            + " you in room 12 at 3:30 pm; the wait is about 15 minutes. The year 2020 was hard,"
            + " and in 2021 we moved to the 4th floor. Your blood pressure was 120/80 and your"
            + " temperature 98.6. I'll call you in five minutes. Drink 8 glasses of water a day"
            + " and walk 30 minutes down the road. Refill 3 of 5, 90 day supply, 1 tablet at"
            + " bedtime. Version 2.1 of the app is out. We saw 14 patients today and 2 of them"
            + " were 45 years old. Your copay is $25.00, and the visit took 1.5 hours. Dose: 0.5"
            + " ml every 6 hours, 3 times a day for 10 days. Call 911 if it gets worse. Bed 4B,"
            + " wing C, extension 2200. Heart rate 72, oxygen 98%, weight 180 lbs, 5 ft 10 in.";

    assertThat(Found.in(pass, text)).isEmpty();
  }

  @Test
  void a_turn_full_of_identifiers_yields_each_with_its_kind() {
    var text =
        "Hi, this is about my mom, DOB 03/03/1931, she's 95 years old. Call me at (415) 555-0123"
            + " or fax 415-555-0134, email jane.doe@example.com. She lives at 12 Oak Ridge Court,"
            + " Springfield, IL 62704. SSN 219-09-9999, MRN 00482913, Medicare 1EG4-TE5-MK73,"
            + " card 4111 1111 1111 1111, VIN 1M8GDM9AXKP042788, https://example.com/p/1 from"
            + " 192.0.2.44.";

    List<EntityKind> kinds =
        pass.find(text).stream().map(Detection::kind).distinct().collect(Collectors.toList());

    assertThat(kinds)
        .contains(
            EntityKind.DOB,
            EntityKind.AGE,
            EntityKind.PHONE,
            EntityKind.FAX,
            EntityKind.EMAIL,
            EntityKind.ADDRESS,
            EntityKind.ZIP,
            EntityKind.SSN,
            EntityKind.MRN,
            EntityKind.HEALTH_PLAN_ID,
            EntityKind.CREDIT_CARD,
            EntityKind.VEHICLE_ID,
            EntityKind.URL,
            EntityKind.IP_ADDRESS);
    assertThat(pass.find(text)).allSatisfy(d -> assertThat(d.pass()).isEqualTo(Pass.REGEX));
  }

  @Test
  void every_recognizer_belongs_to_the_regex_pass() {
    assertThat(pass.pass()).isEqualTo(Pass.REGEX);
    assertThat(pass.recognizers())
        .hasSize(20)
        .allSatisfy(r -> assertThat(r.pass()).isEqualTo(Pass.REGEX));
  }

  @Test
  void a_detection_never_shows_its_value_when_printed() {
    var text = "SSN 219-09-9999";

    assertThat(pass.find(text))
        .isNotEmpty()
        .allSatisfy(d -> assertThat(d.toString()).doesNotContain("219", "9999"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "1 ",
        "a@",
        "9",
        "five ",
        "1-",
        "1.",
        "a.",
        "::",
        "1/1/",
        "4111 ",
        "12 Main Street ",
        "account 1 ",
        "MRN ",
        "a",
        "+1 ",
        "1:",
        "ab12",
        "GB82 ",
        "www.a",
        "a-",
        "12 a ",
        "aged 9",
        "415-555-0123 ",
        "(415) ",
        "1EG4-",
        "http://x",
        "0",
        "zip 1 ",
        "a'",
        "F: 555-0123 ",
        "lic ",
        "Smith, 95, ",
        "turned 9",
        "member ZGP 1",
        "PA-1",
        "mg/dL "
      })
  void pathological_input_takes_steps_linear_in_its_length(String unit) {
    LinearWork.assertLinear(
        unit,
        unit.repeat(10_000 / unit.length()),
        unit.repeat(100_000 / unit.length()),
        pass::find);
  }
}
