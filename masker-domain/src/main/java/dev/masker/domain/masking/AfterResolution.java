package dev.masker.domain.masking;

import dev.masker.domain.masking.lexicon.NamesSaidTwice;
import dev.masker.domain.masking.lexicon.PlacesAfterAddresses;
import dev.masker.domain.masking.lexicon.PlacesBeforeFacilities;
import dev.masker.domain.masking.lexicon.PlacesOfMoves;
import dev.masker.domain.masking.lexicon.SurnamesBesideNames;
import dev.masker.domain.masking.spoken.AgesAfterNames;
import java.util.ArrayList;
import java.util.List;

/**
 * What a text says about the values found in it: the town after an address, the place that names a
 * branch, a first name said before the full name, an age said after a name. Read once the passes
 * are resolved, since the value that gives the context may come from any pass.
 */
final class AfterResolution {
  private AfterResolution() {}

  static List<Detection> find(String text, List<Detection> resolved) {
    var found = new ArrayList<Detection>(0);
    found.addAll(PlacesAfterAddresses.find(text, resolved));
    found.addAll(PlacesBeforeFacilities.find(text, resolved));
    found.addAll(PlacesOfMoves.find(text, resolved));
    found.addAll(NamesSaidTwice.find(text, resolved));
    found.addAll(SurnamesBesideNames.find(text, resolved));
    found.addAll(AgesAfterNames.find(text, resolved));
    return found;
  }
}
