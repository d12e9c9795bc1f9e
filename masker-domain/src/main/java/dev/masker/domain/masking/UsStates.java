package dev.masker.domain.masking;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The US states, DC and Puerto Rico. Safe Harbor lets a state stand unmasked, but a state is a
 * strong cue for what comes next to it: a city before it, a ZIP code after it.
 */
public final class UsStates {
  /** Full names in lower case, words separated by one space. */
  public static final List<String> NAMES =
      List.of(
          "alabama",
          "alaska",
          "arizona",
          "arkansas",
          "california",
          "colorado",
          "connecticut",
          "delaware",
          "florida",
          "georgia",
          "hawaii",
          "idaho",
          "illinois",
          "indiana",
          "iowa",
          "kansas",
          "kentucky",
          "louisiana",
          "maine",
          "maryland",
          "massachusetts",
          "michigan",
          "minnesota",
          "mississippi",
          "missouri",
          "montana",
          "nebraska",
          "nevada",
          "new hampshire",
          "new jersey",
          "new mexico",
          "new york",
          "north carolina",
          "north dakota",
          "ohio",
          "oklahoma",
          "oregon",
          "pennsylvania",
          "rhode island",
          "south carolina",
          "south dakota",
          "tennessee",
          "texas",
          "utah",
          "vermont",
          "virginia",
          "washington",
          "west virginia",
          "wisconsin",
          "wyoming",
          "district of columbia",
          "puerto rico");

  /** Postal abbreviations in upper case. */
  public static final Set<String> ABBREVIATIONS =
      Set.of(
          "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA",
          "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ",
          "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT",
          "VA", "WA", "WV", "WI", "WY", "DC", "PR");

  /** The last word of every name ("jersey" for New Jersey), for scanning back from a number. */
  private static final Set<String> LAST_WORDS =
      NAMES.stream()
          .map(name -> name.substring(name.lastIndexOf(' ') + 1))
          .collect(Collectors.toUnmodifiableSet());

  private UsStates() {}

  /** Whether {@code word}, in any case, ends a state's name. */
  public static boolean endsAName(String word) {
    return LAST_WORDS.contains(word.toLowerCase(Locale.ROOT));
  }
}
