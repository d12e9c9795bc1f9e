package dev.masker.domain.masking;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masker.domain.masking.policy.Policy;
import dev.masker.domain.masking.regex.CueOverValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Right after an explicit cue, a value of the kind's shape is masked even when its checksum or
 * range test fails (issue 9, "a validator vetoes a value the caller has just named"); without the
 * cue, a value failing its validator is still not taken for that kind.
 */
class CueBeatsValidatorTest {
  private static final Detector DETECTOR = Detector.of(Policy.healthcareDefault());
  private static final Masker MASKER =
      Masker.builder().policy(Policy.healthcareDefault()).key("K_HEALTHCARE", new byte[32]).build();

  /** The detection covering exactly {@code value} in {@code text}. */
  private static Detection detectionOf(String text, String value) {
    int start = text.indexOf(value);
    var found =
        DETECTOR.detect(text).stream()
            .filter(d -> d.start() == start && d.end() == start + value.length())
            .toList();
    assertThat(found).as("a detection of exactly the value in: %s", text).hasSize(1);
    return found.get(0);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // SSN outside the issued ranges: ITIN area 9xx, area 666, group 00, serial 0000
        "my ssn is 912-34-5678 | 912-34-5678 | SSN | 912345678",
        "social security number 666-12-3456 | 666-12-3456 | SSN | 666123456",
        "ssn 123-00-4567 | 123-00-4567 | SSN | 123004567",
        "SSN: 219 09 0000 | 219 09 0000 | SSN | 219090000",
        // a card number failing Luhn
        "card number 4111 1111 1111 1112 | 4111 1111 1111 1112 | CREDIT_CARD | 4111111111111112",
        "my visa is 4012-8888-8888-1882 | 4012-8888-8888-1882 | CREDIT_CARD | 4012888888881882",
        // check digits of licences, vehicles, banks and devices
        "NPI 1234567890 | 1234567890 | LICENSE | 1234567890",
        "DEA AB1234562 | AB1234562 | LICENSE | AB1234562",
        "VIN 1HGCM82633A004353 | 1HGCM82633A004353 | VEHICLE_ID | 1HGCM82633A004353",
        "IBAN GB82 WEST 1234 5698 7654 33 | GB82 WEST 1234 5698 7654 33 | IBAN"
            + " | GB82WEST12345698765433",
        "MBI 1EG4-TE5-MKS3 | 1EG4-TE5-MKS3 | HEALTH_PLAN_ID | 1EG4TE5MKS3",
        "IMEI 490154203237519 | 490154203237519 | DEVICE_ID | 490154203237519",
        // phone numbers no NANP line has
        "call me at 123-456-7890 | 123-456-7890 | PHONE | 1234567890",
        "my number is (011) 555-0199 | (011) 555-0199 | PHONE | 0115550199",
        "fax: 415-155-0199 | 415-155-0199 | FAX | 4151550199",
        // dates the calendar does not have
        "date of birth 02/30/1980 | 02/30/1980 | DOB | 1980-02-30",
        "DOB: February 30, 1980 | February 30, 1980 | DOB | 1980-02-30",
        "appointment date 1980-02-31 | 1980-02-31 | DATE | 1980-02-31",
        // an IPv4 address with an octet over 255
        "my ip address is 300.12.1.7 | 300.12.1.7 | IP_ADDRESS | 300.12.1.7",
      })
  void a_written_value_failing_its_validator_right_after_its_cue_is_masked(
      String text, String value, EntityKind kind, String canonical) {
    var detection = detectionOf(text, value);

    assertThat(detection.kind()).isEqualTo(kind);
    assertThat(detection.canonical()).isEqualTo(canonical);
    assertThat(detection.confidence()).isLessThanOrEqualTo(0.85).isGreaterThanOrEqualTo(0.75);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "my social is nine one two, three four, five six seven eight | nine one two, three four,"
            + " five six seven eight | SSN | 912345678",
        "my social security number is six six six one two three four five six | six six six one"
            + " two three four five six | SSN | 666123456",
        "the card number is four one one one one one one one one one one one one one one two |"
            + " four one one one one one one one one one one one one one one two | CREDIT_CARD |"
            + " 4111111111111112",
        "my date of birth is february thirtieth nineteen eighty | february thirtieth nineteen"
            + " eighty | DOB | 1980-02-30",
        "the npi is one two three four five six seven eight nine oh | one two three four five six"
            + " seven eight nine oh | LICENSE | 1234567890",
      })
  void a_spoken_value_failing_its_validator_right_after_its_cue_is_masked(
      String text, String value, EntityKind kind, String canonical) {
    var detection = detectionOf(text, value);

    assertThat(detection.kind()).isEqualTo(kind);
    assertThat(detection.canonical()).isEqualTo(canonical);
    assertThat(detection.confidence()).isEqualTo(CueOverValidator.CONFIDENCE);
  }

  @Test
  void the_validator_raises_confidence_it_does_not_decide() {
    var valid = detectionOf("my ssn is 219-09-9999", "219-09-9999");
    var invalid = detectionOf("my ssn is 912-34-5678", "912-34-5678");

    assertThat(valid.confidence()).isGreaterThan(invalid.confidence());
    assertThat(invalid.confidence()).isEqualTo(CueOverValidator.CONFIDENCE);
  }

  @Test
  void a_cued_value_failing_its_validator_never_reaches_the_masked_text() {
    var masked =
        MASKER.mask(
            "s",
            "my ssn is 912-34-5678, card number 4111 1111 1111 1112, date of birth 02/30/1980");

    assertThat(masked.text()).doesNotContain("912-34", "1112", "02/30");
    assertThat(masked.events()).hasSize(3);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "the part number was 912-34-5678",
        "order 666-12-3456 shipped on time",
        "batch 123-00-4567 failed",
        "my ssn is on file, and the order code is now 666-12-3456",
        "ref 4111 1111 1111 1112 in the ledger",
        "ticket 123-456-7890 was closed",
        "1234567890",
        "tracking AB1234562",
        "version 300.12.1.7 is out",
        "02/30/1980 was printed on the form",
        "the code is nine one two three four five six seven eight",
      })
  void without_a_cue_a_value_failing_its_validator_is_not_masked_as_that_kind(String text) {
    assertThat(DETECTOR.detect(text))
        .extracting(Detection::kind)
        .doesNotContain(
            EntityKind.SSN,
            EntityKind.CREDIT_CARD,
            EntityKind.PHONE,
            EntityKind.LICENSE,
            EntityKind.IP_ADDRESS,
            EntityKind.DATE,
            EntityKind.DOB);
  }
}
