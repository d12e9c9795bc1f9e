package dev.masker.domain.masking;

import dev.masker.domain.masking.lexicon.NamesInApposition;
import dev.masker.domain.masking.lexicon.NamesSaidTwice;
import dev.masker.domain.masking.lexicon.PlacesAfterAddresses;
import dev.masker.domain.masking.lexicon.PlacesBeforeFacilities;
import dev.masker.domain.masking.lexicon.PlacesOfMoves;
import dev.masker.domain.masking.lexicon.StreetsWithoutNumbers;
import dev.masker.domain.masking.lexicon.SurnamesBesideNames;
import dev.masker.domain.masking.lexicon.TownShapes;
import dev.masker.domain.masking.spoken.AgesAfterNames;
import dev.masker.domain.masking.spoken.BirthDatesAfterNames;
import dev.masker.domain.masking.spoken.CorrectedValues;
import dev.masker.domain.masking.spoken.PhoneExtensions;
import dev.masker.domain.masking.spoken.ZipsNearPlaces;
import java.util.ArrayList;
import java.util.List;

/**
 * What a text says about the values found in it: the town after an address, the place that names a
 * branch, a town by its shape, a first name said before the full name, a surname beside a given
 * name, an age or a birth date said after a name, a number said again to correct it, a ZIP code
 * said in a turn that names a place, the extension after a phone number, a name said before who the
 * person is. Read once the passes are resolved, since the value that gives the context may come
 * from any pass.
 */
final class AfterResolution {
  private AfterResolution() {}

  static List<Detection> find(String text, List<Detection> resolved) {
    var found = new ArrayList<Detection>(0);
    found.addAll(PlacesAfterAddresses.find(text, resolved));
    found.addAll(PlacesBeforeFacilities.find(text, resolved));
    found.addAll(PlacesOfMoves.find(text, resolved));
    found.addAll(TownShapes.find(text, resolved));
    found.addAll(StreetsWithoutNumbers.find(text, resolved));
    found.addAll(NamesSaidTwice.find(text, resolved));
    found.addAll(NamesInApposition.find(text, resolved));
    found.addAll(SurnamesBesideNames.find(text, resolved));
    found.addAll(AgesAfterNames.find(text, resolved));
    found.addAll(BirthDatesAfterNames.find(text, resolved));
    found.addAll(CorrectedValues.find(text, resolved));
    found.addAll(ZipsNearPlaces.find(text, resolved));
    found.addAll(PhoneExtensions.find(text, resolved));
    return found;
  }

  /**
   * The places a first reading's places give context to: a town before a ZIP code read from words,
   * a ZIP code in a turn that a town read by its shape names.
   */
  static ArrayList<Detection> findAgain(String text, List<Detection> resolved) {
    var found = new ArrayList<Detection>(0);
    found.addAll(TownShapes.find(text, resolved));
    found.addAll(ZipsNearPlaces.find(text, resolved));
    return found;
  }
}
