package dev.masker.domain.masking.lexicon;

import dev.masker.domain.masking.Detection;
import dev.masker.domain.masking.EntityKind;
import dev.masker.domain.masking.Pass;
import java.util.List;

/**
 * The street address that starts at a token, for {@link PlaceRecognizer}, in whichever shape it is
 * written: a house number, a street name and a street suffix ("1234 oak street", "twenty two elm
 * avenue", {@link HouseNumberAddress}), a street-first address of most of the world ({@link
 * StreetFirstAddress}), a street without type ({@link UntypedStreet}) or an address line ({@link
 * AddressLines}), with the flat, block or building written before it ({@link UnitBeforeStreet}).
 */
final class StreetAddresses {
  private final Lexicon lexicon;
  private final AddressLines addressLines;
  private final HouseNumberAddress houseNumbers;

  StreetAddresses(Lexicon lexicon, UnlistedTowns towns) {
    this.lexicon = lexicon;
    this.addressLines = new AddressLines(lexicon);
    this.houseNumbers = new HouseNumberAddress(lexicon, towns);
  }

  /** "1234 oak street", "twenty two elm avenue, apt 4": returns the token after, or i. */
  int address(TokenizedText text, int i, int[] numberRunEnd, List<Detection> found) {
    int end = houseNumbers.find(text, i, numberRunEnd, found);
    if (end > i) {
      withUnitBefore(text, i, found);
      return end;
    }
    end = StreetFirstAddress.end(text, i);
    if (end == i) {
      end = UntypedStreet.end(text, i, lexicon);
      if (end > i && UntypedStreet.addressIsBefore(text, i)) {
        end = AddressUnits.end(text, end); // "addr is Ogrodników 2 m. 24"
      }
    }
    if (end == i) {
      end = addressLines.numberAndName(text, i);
    }
    if (end > i) {
      found.add(
          new Detection(
              EntityKind.ADDRESS,
              text.start(i),
              text.end(end - 1),
              0.85,
              Pass.LEXICON,
              text.joined(i, end)));
      withUnitBefore(text, i, found);
    }
    return end;
  }

  /**
   * The address just found at token {@code i} with the flat, block or building written before it
   * ({@link UnitBeforeStreet}); detections inside that stretch give way to it.
   */
  private static void withUnitBefore(TokenizedText text, int i, List<Detection> found) {
    int first = UnitBeforeStreet.start(text, i);
    if (first == i) {
      return;
    }
    Detection street = found.remove(found.size() - 1);
    int start = text.start(first);
    while (!found.isEmpty() && found.get(found.size() - 1).end() > start) {
      found.remove(found.size() - 1);
    }
    found.add(
        new Detection(
            street.kind(),
            start,
            street.end(),
            street.confidence(),
            street.pass(),
            text.joined(first, i) + " " + street.canonical()));
  }
}
