package dev.masker.domain.masking.lexicon;

import dev.masker.domain.masking.Detection;
import dev.masker.domain.masking.EntityKind;
import dev.masker.domain.masking.Pass;
import dev.masker.domain.masking.Recognizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Geography below state level from the lists: cities (multi-word ones too, "san francisco", "st.
 * louis", "new york city") and counties ("orange county") as LOCATION, weighed by their cues
 * ({@link ListedPlaces}), and street addresses made of a house number (digits or spoken words), a
 * street name and a street suffix ("1234 oak street", "twenty two elm avenue") as ADDRESS ({@link
 * StreetAddresses}). A following ZIP code (digits or digit words) counts like a state, and a street
 * address before a comma like a strong cue; capitalized words before ", NY 11355" are a town even
 * when no list has them. States alone are not reported: Safe Harbor allows them. The canonical
 * value is the place in lower case with single spaces.
 *
 * <p>Beyond the lists: a town no list has, shaped like a town name ("croninborough", "lake
 * dorinda") or capitalised in written text, after a place cue or an address ({@link
 * UnlistedTowns}); the ZIP code after a town ({@link PlaceZip}); street-first addresses of most of
 * the world ({@link StreetFirstAddress}); the postal code and town after an address, on its line or
 * the next ({@link PostalCode}). Countries are never taken for towns.
 */
public final class PlaceRecognizer implements Recognizer {

  static final int WEAK = 1;
  static final int STRONG = 2;

  /** Number words of a spoken house number ("twenty two elm avenue"). */
  static final Set<String> NUMBER_WORDS = Lexicon.read("house-number-words.txt");

  /** Words that introduce an apartment or suite number. */
  static final Set<String> UNIT_WORDS = Lexicon.read("unit-words.txt");

  private static final double CONFIRMED_ADDRESS = 0.88;

  private final Lexicon lexicon;
  private final PhraseTrie cues = new PhraseTrie();

  /** Country names of many languages: a country after an address is not its town. */
  private final PhraseTrie countries = new PhraseTrie();

  private final UnlistedTowns towns;
  private final PostalTowns postalTowns;
  private final StreetAddresses addresses;
  private final ListedPlaces listed;

  public PlaceRecognizer() {
    this(Lexicon.standard());
  }

  PlaceRecognizer(Lexicon lexicon) {
    this.lexicon = lexicon;
    for (String phrase : Lexicon.read("place-cues-strong.txt")) {
      cues.add(phrase, STRONG);
    }
    for (String phrase : Lexicon.read("place-cues-weak.txt")) {
      cues.add(phrase, WEAK);
    }
    for (String country : Lexicon.read("country-names.txt")) {
      countries.add(country, 1);
    }
    this.towns = new UnlistedTowns(lexicon, countries);
    this.postalTowns = new PostalTowns(lexicon, countries, towns);
    this.addresses = new StreetAddresses(lexicon, towns);
    this.listed = new ListedPlaces(lexicon, countries, towns);
  }

  @Override
  public Pass pass() {
    return Pass.LEXICON;
  }

  @Override
  public List<Detection> find(String text) {
    return find(TokenizedText.of(text));
  }

  List<Detection> find(TokenizedText text) {
    List<Detection> found = new ArrayList<>();
    int size = text.size();
    int[] cueBefore = new int[size + 1];
    for (int i = 0; i < size; i++) {
      PhraseTrie.Match cue = cues.longestAt(text, i);
      if (cue != null) {
        int after = i + cue.tokens();
        if (after < size && text.gapBefore(after) != TokenizedText.GAP_STOP) {
          cueBefore[after] = Math.max(cueBefore[after], cue.value());
        }
      }
    }
    int[] numberRunEnd = PlaceZip.numberRunEnds(text);
    int addressEnd = 0;
    boolean addressSeen = false;
    boolean addressNamed = false; // the last address follows "address is"
    int addressIndex = -1;
    int cityEnd = -1;
    int cityFlags = 0;
    int placeEnd = -2; // the token after the last town found, and whether "from" came before it
    boolean placeAfterFrom = false;
    int placeIndex = -1; // the last town found, and whether a strong cue ended in "from" before it
    boolean placeAfterStrongFrom = false;
    int i = 0;
    while (i < size) {
      int placesBefore = found.size();
      if (i >= addressEnd) {
        int end = addresses.address(text, i, numberRunEnd, found);
        if (end > i) {
          addressNamed = UntypedStreet.addressIsBefore(text, i);
          addressIndex = found.size() - 1;
          addressEnd = end;
          addressSeen = true;
          i = end;
          continue;
        }
      }
      int cue = cueBefore[i];
      boolean secondOfMove = false;
      if (i == placeEnd + 1
          && text.word(placeEnd).equals("to")
          && text.gapBefore(placeEnd) == TokenizedText.GAP_SPACE
          && text.gapBefore(i) == TokenizedText.GAP_SPACE
          && placeAfterFrom
          && !lexicon.isCommonWord(text.word(i))
          && !UnlistedTowns.NOT_TOWN_WORDS.contains(text.word(i))) {
        cue = STRONG; // "moving from Bologna to Rybnik": the second town of a move
        secondOfMove = placeAfterStrongFrom;
      }
      if (cue == 0 && townBeforeLabelledCode(text, i)) {
        cue = STRONG; // "…, Moinhos de Vento, Joinville, CEP 15506-055"
      }
      if (cue == 0 && townEndsListLine(text, i)) {
        cue = STRONG; // "- Rania Khoury, Kristiansand", "Practice Manager, Sligo"
      }
      if (cue == 0
          && addressSeen
          && i == addressEnd
          && text.gapBefore(i) == TokenizedText.GAP_SPACE
          && addressNamed) {
        cue = STRONG; // "new addr is 196 Hope Street Bendigo pls update": the town after it
      }
      if (cue == 0
          && addressSeen
          && i == addressEnd
          && text.gapBefore(i) == TokenizedText.GAP_SPACE
          && lexicon.cities().longestAt(text, i) != null) {
        cue = WEAK; // "one five eight two pohutukawa street fargo": a listed city after the street
      }
      boolean afterAddress = addressSeen && afterAddress(text, i, addressEnd);
      if (afterAddress) {
        cue = STRONG; // "301 Hope St #2, Providence", "88 birch hollow road in fresno"
      }
      // "Piazza Boehm 49\n78261 Firenze": folding made the line break between digits a space
      boolean spaceAfterAddress =
          addressSeen && i == addressEnd && text.gapBefore(i) == TokenizedText.GAP_SPACE;
      int next =
          afterAddress || spaceAfterAddress
              ? postalTowns.postalCodeAndTown(text, i, !afterAddress, found)
              : i;
      if (next > i) {
        if (addressIndex >= 0) {
          confirmAddress(found, addressIndex);
        }
        i = next;
        continue;
      }
      if (!afterAddress) {
        // "to 46063 Rennes", "…\n1010 Wien", "… 46063 Rennes, France"
        boolean cued = cue != 0 || text.gapBefore(i) != TokenizedText.GAP_SPACE;
        next = postalTowns.codeBeforeTown(text, i, cue, cued, found);
        if (next > i) {
          i = next;
          continue;
        }
      }
      if (!afterAddress) {
        next = postalTowns.townThenCode(text, i, found); // "Sent to Lolotla 33091 by post"
        if (next > i) {
          i = next;
          continue;
        }
      }
      next = postalTowns.townCodeCountry(text, i, found); // "Tromsø 9008, Norway"
      if (next > i) {
        if (afterAddress) {
          confirmAddress(found, addressIndex);
        }
        i = next;
        continue;
      }
      next = postalTowns.regionAndCode(text, i, found); // "…, Bengaluru, Karnataka 560001"
      if (next > i) {
        i = next;
        continue;
      }
      next = BranchTown.at(text, i, lexicon, countries, found); // "from the Kuopio office"
      if (next > i) {
        i = next;
        continue;
      }
      next = countryThenCode(text, i, afterAddress, found); // "…, #18-09, Singapore 764421"
      if (next > i) {
        i = next;
        continue;
      }
      next = listed.county(text, i, found);
      if (next == i) {
        next = towns.cityBeforeStateAndZip(text, i, found);
      }
      if (next == i && !listed.regionOfCity(text, i, cityEnd, cityFlags)) {
        int before = found.size();
        next = listed.city(text, i, cue, numberRunEnd, found);
        if (found.size() > before) {
          cityEnd = next;
          PhraseTrie.Match listed = lexicon.cities().longestAt(text, i);
          cityFlags = listed != null ? listed.value() : lexicon.towns().longestAt(text, i).value();
        } else if (cue != 0) {
          next = towns.unlistedTown(text, i, cue, afterAddress, numberRunEnd, found);
        } else if (spaceAfterAddress) {
          // "send it to 12 oak street north rosalindaville 93711": a town between address and ZIP
          next = towns.townBeforeZip(text, i, numberRunEnd, found);
          if (next > i) {
            cityEnd = next;
            cityFlags = 0;
          }
        }
        if (next > i && found.size() > before) {
          if (TownDistricts.at(text, next)) {
            next++; // "Dublin 4\nD04 X2P3": the code after the town's district
          }
          next =
              PlaceZip.zipAfter(
                  text,
                  next,
                  numberRunEnd,
                  afterAddress || postalTowns.countryAfterCode(text, next)
                      ? PostalCode.Shapes.ALL
                      : PostalCode.Shapes.DISTINCTIVE,
                  found);
          if (afterAddress) {
            confirmAddress(found, addressIndex);
          }
        }
      }
      if (found.size() > placesBefore
          && found.get(found.size() - 1).kind() == EntityKind.LOCATION
          && next > i) {
        placeEnd = next; // the token after the town
        PhraseTrie.Match country =
            next < size && text.gapBefore(next) == TokenizedText.GAP_COMMA
                ? countries.longestAt(text, next)
                : null;
        if (country != null) {
          placeEnd = next + country.tokens(); // "from Graz, Austria to Maribor"
        }
        if (secondOfMove) {
          // "Moved from León to Kęty": both ends of a move are towns, whatever else they name
          raise(found, placeIndex);
          raise(found, found.size() - 1);
        }
        placeAfterFrom = i > 0 && text.word(i - 1).equals("from");
        placeAfterStrongFrom = placeAfterFrom && cueBefore[i] == STRONG;
        placeIndex = found.size() - 1;
      }
      i = Math.max(next, i + 1);
    }
    int beforeMentions = found.size();
    PostcodeMention.find(text, lexicon, countries, found); // "my postcode changed to 72-603"
    if (found.size() > beforeMentions) {
      found.sort(java.util.Comparator.comparingInt(Detection::start));
    }
    TownDistricts.extend(text, found);
    AddressCells.extend(text.text(), lexicon, found);
    if (!text.lowerCase()) {
      int before = found.size();
      Dateline.find(text.text(), lexicon, found);
      PlaceAnswer.find(text.text(), lexicon, found);
      if (found.size() > before) {
        found.sort(java.util.Comparator.comparingInt(Detection::start));
      }
    }
    return found;
  }

  /**
   * Capitalised words between two commas, the second before a postal-code label and its code ("…,
   * Moinhos de Vento, Joinville, CEP 15506-055"): the town of the code.
   */
  private static boolean townBeforeLabelledCode(TokenizedText text, int i) {
    if (text.lowerCase()
        || i == 0
        || text.gapBefore(i) != TokenizedText.GAP_COMMA
        || !UnlistedTowns.titleCase(text, i)) {
      return false;
    }
    int end = i + 1;
    while (end < text.size()
        && end - i < UnlistedTowns.MAX_TOWN_TOKENS
        && text.gapBefore(end) == TokenizedText.GAP_SPACE
        && StreetFirstAddress.upper(text, end)) {
      end++;
    }
    return end < text.size()
        && text.gapBefore(end) == TokenizedText.GAP_COMMA
        && UnlistedTowns.labelledCodeAt(text, end);
  }

  /**
   * A list line or a signature: capitalised words, a comma, then a town of the lists that ends the
   * line ("- Rania Khoury, Kristiansand", "Practice Manager, Sligo"). Towns that are also persons'
   * names or ordinary words do not count ("Smith, Jackson").
   */
  private boolean townEndsListLine(TokenizedText text, int i) {
    if (text.lowerCase()
        || i == 0
        || text.gapBefore(i) != TokenizedText.GAP_COMMA
        || text.text().charAt(text.end(i - 1)) != ','
        || !StreetFirstAddress.upper(text, i - 1)
        || !UnlistedTowns.titleCase(text, i)) {
      return false;
    }
    PhraseTrie.Match town = lexicon.cities().longestAt(text, i);
    if (town == null) {
      town = lexicon.towns().longestAt(text, i);
    }
    if (town == null
        || (town.value() & (Lexicon.PLACE_PERSON_NAME | Lexicon.PLACE_COMMON_WORD)) != 0) {
      return false;
    }
    int end = i + town.tokens();
    return end == text.size() || UnlistedTowns.lineBreakBefore(text, end);
  }

  /** A town at least as sure as one beside a postal code, so it outranks a name read there. */
  private static void raise(List<Detection> found, int index) {
    Detection town = found.get(index);
    if (town.kind() == EntityKind.LOCATION && town.confidence() < SURE_TOWN) {
      found.set(
          index,
          new Detection(
              town.kind(), town.start(), town.end(), SURE_TOWN, town.pass(), town.canonical()));
    }
  }

  private static final double SURE_TOWN = 0.85;

  /** A town after an address makes the address surer ("fifty four nineteen darby mills, …"). */
  private static void confirmAddress(List<Detection> found, int index) {
    Detection address = found.get(index);
    if (address.confidence() < CONFIRMED_ADDRESS) {
      found.set(
          index,
          new Detection(
              address.kind(),
              address.start(),
              address.end(),
              CONFIRMED_ADDRESS,
              address.pass(),
              address.canonical()));
    }
  }

  /**
   * Token {@code i} comes right after an address: after a comma ("12 oak st, fresno") or after "in"
   * ("88 birch hollow road in fresno").
   */
  private static boolean afterAddress(TokenizedText text, int i, int addressEnd) {
    if (text.gapBefore(i) == TokenizedText.GAP_COMMA) {
      return i - addressEnd <= 1; // "301 Hope St #2, Providence"
    }
    if ((i == addressEnd || i == addressEnd + 1 && text.isDigits(addressEnd))
        && UnlistedTowns.lineBreakBefore(text, i)) {
      return true; // an address over several lines
    }
    return i == addressEnd + 1
        && text.gapBefore(addressEnd) != TokenizedText.GAP_STOP
        && text.gapBefore(i) == TokenizedText.GAP_SPACE
        && text.word(addressEnd).equals("in");
  }

  /**
   * "…, #18-09, Singapore 764421", "Monaco 98000": a country after a comma or at a line's start,
   * then digits of a postal code's shape (five or more, or four right after an address): the code
   * of a city-state or of an address whose town was left out. The country is not reported. Returns
   * the token after the code, or {@code i}.
   */
  private int countryThenCode(
      TokenizedText text, int i, boolean afterAddress, List<Detection> found) {
    if (i == 0
        || text.gapBefore(i) != TokenizedText.GAP_COMMA && !UnlistedTowns.lineBreakBefore(text, i)
        || !StreetFirstAddress.upper(text, i)) {
      return i;
    }
    PhraseTrie.Match country = countries.longestAt(text, i);
    if (country == null) {
      return i;
    }
    int code = i + country.tokens();
    if (code >= text.size()
        || text.gapBefore(code) != TokenizedText.GAP_SPACE
        || !text.isDigits(code)
        || text.word(code).length() < (afterAddress ? 4 : 5)
        || text.word(code).length() > 6
        || PostalCode.end(text, code, PostalCode.Shapes.ALL) != code + 1
        || code + 1 < text.size()
            && text.gapBefore(code + 1) == TokenizedText.GAP_SPACE
            && text.isDigits(code + 1)) {
      return i;
    }
    found.add(PostalCode.detection(text, code, code + 1));
    return code + 1;
  }
}
