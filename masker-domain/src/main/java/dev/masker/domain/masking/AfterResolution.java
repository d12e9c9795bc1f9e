package dev.masker.domain.masking;

import dev.masker.domain.masking.lexicon.Counties;
import dev.masker.domain.masking.lexicon.CrossStreets;
import dev.masker.domain.masking.lexicon.NamePartsBeside;
import dev.masker.domain.masking.lexicon.NamesAfterKin;
import dev.masker.domain.masking.lexicon.NamesBeforeTheirCue;
import dev.masker.domain.masking.lexicon.NamesInApposition;
import dev.masker.domain.masking.lexicon.NamesInRecordRows;
import dev.masker.domain.masking.lexicon.NamesSaidTwice;
import dev.masker.domain.masking.lexicon.PlacesAfterAddresses;
import dev.masker.domain.masking.lexicon.PlacesBeforeFacilities;
import dev.masker.domain.masking.lexicon.PlacesOfMoves;
import dev.masker.domain.masking.lexicon.PlacesSaidTogether;
import dev.masker.domain.masking.lexicon.StreetsWithoutNumbers;
import dev.masker.domain.masking.lexicon.SurnamesBesideNames;
import dev.masker.domain.masking.lexicon.TownShapes;
import dev.masker.domain.masking.lexicon.TownsAfterTheirCue;
import dev.masker.domain.masking.lexicon.TownsBeforeDates;
import dev.masker.domain.masking.lexicon.TownsBeforeTheirCue;
import dev.masker.domain.masking.lexicon.TownsInPlaceSlots;
import dev.masker.domain.masking.lexicon.TownsThatAreWords;
import dev.masker.domain.masking.lexicon.TownsWithoutStates;
import dev.masker.domain.masking.lexicon.UnitsNearAddresses;
import dev.masker.domain.masking.spoken.AgesAfterNames;
import dev.masker.domain.masking.spoken.BirthDatesAfterNames;
import dev.masker.domain.masking.spoken.CorrectedValues;
import dev.masker.domain.masking.spoken.HouseNumbersApart;
import dev.masker.domain.masking.spoken.NatoSpelledNames;
import dev.masker.domain.masking.spoken.PhoneExtensions;
import dev.masker.domain.masking.spoken.YearsBeforeDates;
import dev.masker.domain.masking.spoken.ZipsNearPlaces;
import java.util.ArrayList;
import java.util.List;

/**
 * What a text says about the values found in it: the town after an address, the place that names a
 * branch, a town by its shape, a first name said before the full name, a surname beside a given
 * name, an age or a birth date said after a name, a year said before its date, a number said again
 * to correct it, a ZIP code said in a turn that names a place, the extension after a phone number,
 * a name said before who the person is. Read once the passes are resolved, since the value that
 * gives the context may come from any pass.
 */
final class AfterResolution {
  private AfterResolution() {}

  static List<Detection> find(String text, List<Detection> resolved) {
    var found = new ArrayList<Detection>(0);
    found.addAll(PlacesAfterAddresses.find(text, resolved));
    found.addAll(PlacesBeforeFacilities.find(text, resolved));
    found.addAll(PlacesOfMoves.find(text, resolved));
    found.addAll(TownShapes.find(text, resolved));
    found.addAll(TownsInPlaceSlots.find(text, resolved));
    found.addAll(TownsBeforeTheirCue.find(text, resolved));
    found.addAll(TownsBeforeDates.find(text, resolved));
    found.addAll(TownsWithoutStates.find(text, resolved));
    found.addAll(PlacesSaidTogether.find(text, resolved));
    found.addAll(TownsThatAreWords.find(text, resolved));
    found.addAll(TownsAfterTheirCue.find(text, resolved));
    found.addAll(StreetsWithoutNumbers.find(text, resolved));
    found.addAll(CrossStreets.find(text, resolved));
    found.addAll(UnitsNearAddresses.find(text, resolved));
    found.addAll(NamesSaidTwice.find(text, resolved));
    found.addAll(NamesInApposition.find(text, resolved));
    found.addAll(NamesAfterKin.find(text, resolved));
    found.addAll(NamesBeforeTheirCue.find(text, resolved));
    found.addAll(NamesInRecordRows.find(text, resolved));
    found.addAll(SurnamesBesideNames.find(text, resolved));
    found.addAll(NamePartsBeside.find(text, resolved));
    found.addAll(NatoSpelledNames.find(text, resolved));
    found.addAll(AgesAfterNames.find(text, resolved));
    found.addAll(BirthDatesAfterNames.find(text, resolved));
    found.addAll(YearsBeforeDates.find(text, resolved));
    found.addAll(CorrectedValues.find(text, resolved));
    found.addAll(HouseNumbersApart.find(text, resolved));
    found.addAll(ZipsNearPlaces.find(text, resolved));
    found.addAll(PhoneExtensions.find(text, resolved));
    found.addAll(Counties.find(text, resolved, found));
    return found;
  }

  /**
   * What the places a first reading found ({@code said}) give context to, read on the resolution
   * that holds them: a town before a ZIP code read from words, a ZIP code in a turn that only a
   * town the first reading found names. Each reader runs again only when it has new context.
   */
  static ArrayList<Detection> findAgain(
      String text, List<Detection> first, List<Detection> said, List<Detection> resolved) {
    var found = new ArrayList<Detection>(0);
    if (holds(said, EntityKind.ZIP) || placeJoined(text, said)) {
      found.addAll(TownShapes.find(text, resolved));
    }
    if (holds(said, EntityKind.LOCATION)) {
      found.addAll(PlacesSaidTogether.find(text, resolved)); // "alder junction no oxley heights"
    }
    if (holds(said, EntityKind.ZIP) && holds(resolved, EntityKind.ADDRESS)) {
      // "2085 hollis way cobb falls 47973": the code read after the first reading puts the town
      // between it and the address
      found.addAll(PlacesAfterAddresses.find(text, resolved));
    }
    if (holds(said, EntityKind.LOCATION)
        && !holds(first, EntityKind.LOCATION)
        && !holds(first, EntityKind.ADDRESS)) {
      found.addAll(ZipsNearPlaces.find(text, resolved));
      if (!holds(first, EntityKind.ZIP)) {
        // "it's on brisbee avenue in eden": the town read late says that someone is on the street
        var streets = StreetsWithoutNumbers.find(text, resolved);
        found.addAll(streets);
        if (!streets.isEmpty()) {
          var withStreets = new ArrayList<>(resolved);
          withStreets.addAll(streets);
          found.addAll(UnitsNearAddresses.find(text, withStreets));
        }
      }
    }
    if (holds(said, EntityKind.ADDRESS) && !holds(first, EntityKind.ADDRESS)) {
      // "the park on ridge drive and we're in apartment seven", "i'm on fifth circle in normal": a
      // street read late has units and a town
      found.addAll(UnitsNearAddresses.find(text, resolved));
      found.addAll(TownsThatAreWords.find(text, resolved));
    }
    return found;
  }

  /**
   * Whether a town found is joined to a word after it ("in dellacourt or bellmoor", "in port saint
   * ellery now not calloway"): the word may be a town the name readers took for a name.
   */
  private static boolean placeJoined(String text, List<Detection> said) {
    for (Detection d : said) {
      if (d.kind() != EntityKind.LOCATION) {
        continue;
      }
      int at = d.end();
      while (at < text.length() && (text.charAt(at) == ' ' || text.charAt(at) == ',')) {
        at++;
      }
      if (text.startsWith("now ", at)) {
        at += 4;
      }
      if (text.startsWith("or ", at)
          || text.startsWith("not ", at)
          || text.startsWith("and ", at)) {
        return true;
      }
    }
    return false;
  }

  private static boolean holds(List<Detection> detections, EntityKind kind) {
    for (Detection d : detections) {
      if (d.kind() == kind) {
        return true;
      }
    }
    return false;
  }
}
