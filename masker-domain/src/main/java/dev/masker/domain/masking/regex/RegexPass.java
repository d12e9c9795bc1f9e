package dev.masker.domain.masking.regex;

import dev.masker.domain.masking.Detection;
import dev.masker.domain.masking.Pass;
import dev.masker.domain.masking.Recognizer;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code regex} pass for written forms (SPEC §10): every recognizer of this package over one
 * text. Detections may overlap (a card number after "account number" is both an ACCOUNT and a
 * CREDIT_CARD); span resolution decides later. Stateless and thread-safe.
 */
public final class RegexPass implements Recognizer {
  private final List<Recognizer> recognizers;

  /** All recognizers, two-digit years read with {@link CalendarDate#DEFAULT_PIVOT}. */
  public RegexPass() {
    this(CalendarDate.withDefaultPivot());
  }

  public RegexPass(CalendarDate calendar) {
    this.recognizers =
        List.of(
            new PhoneRecognizer(),
            new EmailRecognizer(),
            new SsnRecognizer(),
            new DateRecognizer(calendar),
            new ForeignMonthDate(),
            new AgeRecognizer(),
            new ZipRecognizer(),
            new AddressRecognizer(),
            new MedicalRecordRecognizer(),
            new HealthPlanRecognizer(),
            new AccountRecognizer(),
            new IdentifierRecognizer(),
            new CreditCardRecognizer(),
            new IbanRecognizer(),
            new LicenseRecognizer(),
            new VehicleRecognizer(),
            new DeviceRecognizer(),
            new UrlRecognizer(),
            new IpAddressRecognizer(),
            new CodeRecognizer());
  }

  /** The recognizers this pass runs, in order. */
  public List<Recognizer> recognizers() {
    return recognizers;
  }

  @Override
  public Pass pass() {
    return Pass.REGEX;
  }

  @Override
  public List<Detection> find(String text) {
    List<Detection> out = new ArrayList<>();
    for (Recognizer recognizer : recognizers) {
      out.addAll(recognizer.find(text));
    }
    return out;
  }
}
