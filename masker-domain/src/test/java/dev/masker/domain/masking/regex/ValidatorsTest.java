package dev.masker.domain.masking.regex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Known vectors: Luhn from the payment networks' published test cards and the Wikipedia example
 * 79927398713; IBANs from the SWIFT IBAN registry examples; the VIN from the NHTSA check-digit
 * example; the NPI from the CMS check-digit document; the MBI from the CMS MBI format
 * specification; the IMEI from the 3GPP/Wikipedia example.
 */
class ValidatorsTest {

  @ParameterizedTest
  @ValueSource(strings = {"4111111111111111", "79927398713", "378282246310005", "6011111111111117"})
  void luhn_accepts_published_test_numbers(String digits) {
    assertThat(Luhn.isValid(digits)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"4111111111111112", "79927398710", "7", "", "4111-1111", "٤١١١"})
  void luhn_rejects_a_wrong_check_digit_and_anything_but_digits(String digits) {
    assertThat(Luhn.isValid(digits)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "GB82WEST12345698765432",
        "DE89370400440532013000",
        "FR1420041010050500013M02606",
        "NL91ABNA0417164300",
        "CH9300762011623852957"
      })
  void an_iban_from_the_registry_examples_is_valid(String iban) {
    assertThat(Iban.isValid(iban)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "GB82WEST12345698765433",
        "GB82WEST1234569876543",
        "XX82WEST12345698765432",
        "GB82 WEST 1234 5698 7654 32",
        "DE8937040044053201300"
      })
  void an_iban_with_a_wrong_check_length_or_country_is_invalid(String iban) {
    assertThat(Iban.isValid(iban)).isFalse();
  }

  @Test
  void ssn_ranges_never_issued_are_invalid() {
    assertThat(SocialSecurityNumber.isValid("219099999")).isTrue();
    assertThat(SocialSecurityNumber.isValid("078051120")).isTrue();
    assertThat(SocialSecurityNumber.isValid("000123456")).isFalse();
    assertThat(SocialSecurityNumber.isValid("666123456")).isFalse();
    assertThat(SocialSecurityNumber.isValid("900123456")).isFalse();
    assertThat(SocialSecurityNumber.isValid("999123456")).isFalse();
    assertThat(SocialSecurityNumber.isValid("219009999")).isFalse();
    assertThat(SocialSecurityNumber.isValid("219090000")).isFalse();
    assertThat(SocialSecurityNumber.isValid("21909999")).isFalse();
    assertThat(SocialSecurityNumber.isValid("21909999x")).isFalse();
  }

  @Test
  void a_vin_check_digit_is_verified() {
    assertThat(Vin.isValid("1M8GDM9AXKP042788")).isTrue();
    assertThat(Vin.isValid("11111111111111111")).isTrue();
    assertThat(Vin.isValid("1M8GDM9A1KP042788")).isFalse();
    assertThat(Vin.isValid("1M8GDM9AXKP04278")).isFalse();
    assertThat(Vin.hasShape("1M8GDM9AXKP0427O8")).isFalse(); // the letter O never occurs
  }

  @Test
  void an_npi_is_checked_with_the_80840_prefix() {
    assertThat(Npi.isValid("1234567893")).isTrue();
    assertThat(Npi.isValid("1234567890")).isFalse();
    assertThat(Npi.isValid("3234567893")).isFalse();
    assertThat(Npi.isValid("123456789")).isFalse();
  }

  @Test
  void a_dea_number_is_checked() {
    assertThat(Dea.isValid("AB1234563")).isTrue();
    assertThat(Dea.isValid("F91234563")).isTrue();
    assertThat(Dea.isValid("AB1234562")).isFalse();
    assertThat(Dea.isValid("QB1234563")).isFalse();
    assertThat(Dea.isValid("AB123456")).isFalse();
  }

  @Test
  void a_medicare_beneficiary_identifier_follows_the_cms_positions() {
    assertThat(MedicareBeneficiaryIdentifier.isValid("1EG4TE5MK73")).isTrue();
    assertThat(MedicareBeneficiaryIdentifier.isValid("0EG4TE5MK73")).isFalse();
    assertThat(MedicareBeneficiaryIdentifier.isValid("1SG4TE5MK73")).isFalse();
    assertThat(MedicareBeneficiaryIdentifier.isValid("1EG4TE5MK7")).isFalse();
    assertThat(MedicareBeneficiaryIdentifier.isValid("1EGATE5MK73")).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"192.0.2.44", "0.0.0.0", "255.255.255.255", "10.0.0.1"})
  void an_ipv4_dotted_quad_is_valid(String ip) {
    assertThat(IpAddresses.isIpv4(ip)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"256.1.1.1", "01.2.3.4", "1.2.3", "1.2.3.4.5", "1..2.3", "1.2.3.4."})
  void an_out_of_range_or_ambiguous_ipv4_is_invalid(String ip) {
    assertThat(IpAddresses.isIpv4(ip)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2001:db8::1",
        "::1",
        "::",
        "fe80::",
        "2001:0db8:85a3:0000:0000:8a2e:0370:7334",
        "::ffff:192.0.2.128",
        "64:ff9b::192.0.2.33"
      })
  void ipv6_full_compressed_and_ipv4_suffixed_forms_are_valid(String ip) {
    assertThat(IpAddresses.isIpv6(ip)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2001:db8::1::2",
        "12345::",
        "1:2:3:4:5:6:7:8:9",
        "1:2:3:4:5:6:7",
        "10:30:45",
        ":1:2:3:4:5:6:7",
        "1:2:3:4:5:6:7:",
        "::ffff:999.0.2.128",
        "g::1"
      })
  void malformed_ipv6_is_invalid(String ip) {
    assertThat(IpAddresses.isIpv6(ip)).isFalse();
  }

  @Test
  void a_calendar_date_must_exist() {
    assertThat(CalendarDate.of(2020, 2, 29)).contains(LocalDate.of(2020, 2, 29));
    assertThat(CalendarDate.of(2000, 2, 29)).isPresent();
    assertThat(CalendarDate.of(2019, 2, 29)).isEmpty();
    assertThat(CalendarDate.of(1900, 2, 29)).isEmpty();
    assertThat(CalendarDate.of(2021, 4, 31)).isEmpty();
    assertThat(CalendarDate.of(2021, 13, 1)).isEmpty();
    assertThat(CalendarDate.of(2021, 0, 1)).isEmpty();
    assertThat(CalendarDate.of(2021, 12, 31)).isPresent();
  }

  @Test
  void two_digit_years_pivot_on_the_given_year() {
    var calendar = CalendarDate.withDefaultPivot();
    assertThat(calendar.fullYear(82)).isEqualTo(1982);
    assertThat(calendar.fullYear(19)).isEqualTo(2019);
    assertThat(calendar.fullYear(0)).isEqualTo(2000);
    assertThat(calendar.fullYear(CalendarDate.DEFAULT_PIVOT)).isEqualTo(2026);
    assertThat(calendar.fullYear(27)).isEqualTo(1927);
    assertThat(new CalendarDate(50).fullYear(45)).isEqualTo(2045);
    assertThatThrownBy(() -> new CalendarDate(100)).isInstanceOf(IllegalArgumentException.class);
  }
}
