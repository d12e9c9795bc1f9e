package dev.masker.domain.masking.spoken;

import dev.masker.domain.masking.Detection;
import dev.masker.domain.masking.Pass;
import dev.masker.domain.masking.Recognizer;
import java.util.ArrayList;
import java.util.List;

/**
 * The spoken-forms part of the {@code regex} pass (SPEC §10): numbers said as words, spelled
 * emails, spoken dates and ages over 89, identifiers spelled after a cue (licences, VINs, plates,
 * serials, IBANs), spoken web and IP addresses, rural routes, dates said in other languages, found
 * over one tokenization of the text. Stateless and thread-safe; linear in the text.
 */
public final class SpokenFormsRecognizer implements Recognizer {
  private final SpokenNumberRecognizer numbers = new SpokenNumberRecognizer();
  private final SpelledEmailRecognizer emails = new SpelledEmailRecognizer();
  private final SpokenDateRecognizer dates;
  private final SpokenAgeRecognizer ages = new SpokenAgeRecognizer();
  private final SpokenIdentifierRecognizer identifiers = new SpokenIdentifierRecognizer();
  private final SpokenUrlRecognizer urls = new SpokenUrlRecognizer();
  private final SpokenIpAddressRecognizer ipAddresses = new SpokenIpAddressRecognizer();
  private final RuralRoutes ruralRoutes = new RuralRoutes();
  private final ForeignSpokenDates foreignDates = new ForeignSpokenDates();

  public SpokenFormsRecognizer() {
    this(new SpokenDateRecognizer());
  }

  /** With a date recognizer of another two-digit-year pivot. */
  public SpokenFormsRecognizer(SpokenDateRecognizer dates) {
    this.dates = dates;
  }

  @Override
  public Pass pass() {
    return Pass.REGEX;
  }

  @Override
  public List<Detection> find(String text) {
    var tokens = SpokenTokens.of(text);
    var out = new ArrayList<Detection>();
    numbers.find(tokens, out);
    emails.find(tokens, out);
    dates.find(text, tokens, out);
    ages.find(tokens, out);
    identifiers.find(tokens, out);
    urls.find(tokens, out);
    ipAddresses.find(tokens, out);
    ruralRoutes.find(tokens, out);
    foreignDates.find(text, tokens, out);
    return out;
  }
}
