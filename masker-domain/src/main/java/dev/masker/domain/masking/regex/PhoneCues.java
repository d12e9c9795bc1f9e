package dev.masker.domain.masking.regex;

/**
 * The words and labels around a telephone or fax number that {@link PhoneRecognizer} reads: a fax
 * cue, a word for a line, a phone cue, and the labels after which any national grouping of digits
 * is a number.
 */
final class PhoneCues {
  static final Cue FAX =
      Cue.of(
          "fax",
          "faxed",
          "facsimile",
          "fax number",
          "fax no",
          "fax #",
          "f:",
          "fx",
          "telefax",
          "téléfax",
          "telefaks",
          "faks",
          "faksimile");

  /**
   * Cues that make seven digits "555-0121" a local number: a word for a line, or "number" said of a
   * person ("my number is 555-0134"), not "number" alone (an order or a reference number).
   */
  static final Cue LINE =
      Cue.of(
          "my number",
          "your number",
          "his number",
          "her number",
          "their number",
          "best number",
          "phone",
          "telephone",
          "tel",
          "call",
          "cell",
          "mobile",
          "text",
          "reach",
          "dial",
          "callback",
          "call back",
          "line",
          "landline",
          "home",
          "work",
          "ph",
          "cb",
          "cbr",
          "extension");

  static final Cue PHONE =
      Cue.of(
          "phone",
          "telephone",
          "tel",
          "call",
          "number",
          "cell",
          "mobile",
          "reach",
          "text",
          "contact",
          "callback",
          "call back",
          "dial",
          "ph",
          "t:",
          "tel:",
          "c:",
          "cb",
          "cbr",
          "c/b");

  /**
   * Labels and phrases after which any national grouping of digits is a phone or fax number ("Tel.
   * 06 1820 3690", "Mobile +31 (0)6 1875 2861", "reach me on 0221/040557"): words for a line, in
   * English and the commonest European spellings. "number" alone is not one of them.
   */
  static final Cue NATIONAL_CUE =
      Cue.of(
          "phone",
          "phone number",
          "telephone",
          "tel",
          "tél",
          "tlf",
          "tfn",
          "ph",
          "mobile",
          "mob",
          "cell",
          "cellphone",
          "cell phone",
          "office",
          "landline",
          "home phone",
          "work phone",
          "fax",
          "fax number",
          "facsimile",
          "telefax",
          "téléfax",
          "telefaks",
          "faks",
          "mobil",
          "mobiel",
          "call me at",
          "call me on",
          "call us at",
          "call us on",
          "reach me at",
          "reach me on",
          "reach us at",
          "reach us on",
          "text me at",
          "text me on",
          "ring me on",
          "ring me at",
          "ring us on",
          "ring us at",
          "erreichbar unter",
          "unter der nummer",
          "joignable au",
          "telp",
          "hp",
          "cel",
          "contact number",
          "contact phone",
          "contact",
          "telefon",
          "telefonnummer",
          "telefonnr",
          "handynummer",
          "mobilnummer",
          "rufnummer",
          "téléphone",
          "teléfono",
          "telefone",
          "telefono",
          "handy",
          "móvil",
          "movil",
          "celular",
          "cellulare",
          "portable",
          "gsm",
          "whatsapp",
          "t:",
          "m:",
          "f:",
          "p:");

  private PhoneCues() {}
}
