package dev.masker.domain.masking.spoken;

import dev.masker.domain.masking.Detection;
import dev.masker.domain.masking.EntityKind;
import dev.masker.domain.masking.Pass;
import dev.masker.domain.masking.Recognizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds ages over 89 (Safe Harbor C): "ninety two years old", "a ninety-two year old", "I'm
 * ninety-five", "age one hundred and one", "she turned ninety". Younger ages are no identifier and
 * are not reported. The span is the number; the canonical is its digits ({@code 92}).
 *
 * <p>A number counts as an age when "years old", "year old", "yo" or "years of age" follows it, or
 * when an age cue ("age", "aged", "turned", "turning", "I'm", "she is", …) comes right before it
 * and no unit follows ("I'm ninety-five percent sure" is no age). A person noun with "'s" is such a
 * cue too ("my dad's a hundred and two", "my mom's ninety eight", "he's one oh two"), as are "going
 * to be", "turns" and "will turn", "makes her", and "at" when a person follows the number ("at
 * ninety three he still drives").
 */
public final class SpokenAgeRecognizer implements Recognizer {
  private static final Set<String> CUE_WORDS =
      Set.of(
          "age", "aged", "turned", "turning", "turns", "turn", "i'm", "im", "he's", "she's", "is",
          "am", "was", "be", "at");

  /** Who follows "at ninety-three" when it is an age: "at ninety three he still drives". */
  private static final Set<String> AT_AGE_FOLLOWERS =
      Set.of(
          "he", "she", "i", "we", "they", "my", "her", "his", "you", "she's", "he's", "i'm",
          "they're", "we're");

  /** Words between a cue and an age: "he's pushing ninety five", "she is almost ninety nine". */
  private static final Set<String> QUALIFIERS =
      Set.of(
          "pushing",
          "almost",
          "nearly",
          "about",
          "around",
          "over",
          "past",
          "already",
          "only",
          "just",
          "like",
          "roughly",
          "actually",
          "really");

  /** Subjects that name a relative: a number after "my dad is" is his age, in words or digits. */
  private static final Set<String> NOT_RELATIVES =
      Set.of("i", "he", "she", "who", "patient", "resident", "client");

  private static final Set<String> SUBJECTS =
      Set.of(
          "i",
          "he",
          "she",
          "patient",
          "mother",
          "father",
          "mom",
          "dad",
          "grandmother",
          "grandfather",
          "husband",
          "wife",
          "son",
          "daughter",
          "brother",
          "sister",
          "aunt",
          "uncle",
          "grandma",
          "grandpa",
          "granny",
          "mum",
          "who",
          "resident",
          "client",
          "neighbor",
          "neighbour",
          "friend",
          "partner",
          "law", // "my father in law is ninety five"
          "stepmom",
          "stepdad",
          "stepmother",
          "stepfather",
          "grandson",
          "granddaughter",
          "gran",
          "nana",
          "nan",
          "papa",
          "granddad",
          "grandad",
          "gramps",
          "grandparent",
          "auntie",
          "cousin",
          "niece",
          "nephew",
          "godmother",
          "godfather");

  /** What a number after "patient … is" measures when it is no age: "patient oxygen is 92". */
  private static final Set<String> MEASURES =
      Set.of(
          "oxygen",
          "sat",
          "sats",
          "saturation",
          "pulse",
          "rate",
          "temperature",
          "temp",
          "weight",
          "sugar",
          "glucose",
          "pressure",
          "score",
          "total",
          "bill",
          "balance",
          "count",
          "level",
          "number",
          "room",
          "bed",
          "heart",
          "height",
          "dose",
          "copay",
          "cost",
          "reading");

  private static final Set<String> WILL = Set.of("i'll", "she'll", "he'll", "will", "gonna");

  /** "that makes her ninety eight": what an age follows with its person. */
  private static final Set<String> MAKES = Set.of("makes", "made", "make");

  private static final Set<String> UNITS =
      Set.of(
          "percent",
          "dollars",
          "bucks",
          "cents",
          "pounds",
          "lbs",
          "kilos",
          "kg",
          "degrees",
          "minutes",
          "seconds",
          "hours",
          "days",
          "weeks",
          "months",
          "times",
          "miles",
          "mg",
          "milligrams",
          "units",
          "over",
          "point",
          "thousand",
          "million",
          "calls",
          "people");

  @Override
  public Pass pass() {
    return Pass.REGEX;
  }

  @Override
  public List<Detection> find(String text) {
    var out = new ArrayList<Detection>();
    find(SpokenTokens.of(text), out);
    return out;
  }

  void find(List<SpokenToken> tokens, List<Detection> out) {
    int n = tokens.size();
    int lastAgeEnd = -2;
    for (int i = 0; i < n; i++) {
      var t = tokens.get(i);
      int value;
      int next;
      if (t.isNumber()) {
        if (t.text().length() > 3) {
          continue;
        }
        value = Integer.parseInt(t.text());
        next = i + 1;
      } else if (t.is("a") && i + 1 < n && tokens.get(i + 1).is("hundred") || t.is("hundred")) {
        // "a hundred and one": a hundred said with the article, or without ("he's hundred and
        // three", as speech-to-text drops the "a")
        int after = t.is("a") ? i + 2 : i + 1;
        long rest = NumberWords.restAfterMultiplier(tokens, after, false);
        if (rest < 0 && unitBeforeYears(tokens, after)) {
          rest =
              NumberWords.pack(tokens.get(after).wordValue(), after + 1); // "a hundred four years"
        }
        value = rest < 0 ? 100 : 100 + NumberWords.value(rest);
        next = rest < 0 ? after : NumberWords.next(rest);
      } else if (hundredWithOh(tokens, i)) {
        value = 100 + tokens.get(i + 2).wordValue(); // "he's one oh two"
        next = i + 3;
      } else {
        long card = NumberWords.cardinal(tokens, i);
        if (card < 0) {
          continue;
        }
        value = NumberWords.value(card);
        next = NumberWords.next(card);
      }
      if (value < 1 || value > 130) {
        i = next - 1;
        continue;
      }
      if (value < 90) {
        if (ageConfidence(tokens, i, next) > 0) {
          lastAgeEnd = next; // "my grandma is eighty six so no sorry ninety six"
        }
        i = next - 1;
        continue;
      }
      double confidence = ageConfidence(tokens, i, next);
      if (confidence <= 0 && i == lastAgeEnd + 1 && tokens.get(lastAgeEnd).is(",")) {
        confidence = 0.75; // "she's ninety two, ninety three in december"
      }
      if (confidence <= 0 && lastAgeEnd >= 0 && takenBack(tokens, lastAgeEnd, i, next)) {
        confidence = 0.75; // "she's ninety three no ninety four", "ninety five going on ninety six"
      }
      if (confidence > 0 && (t.isWord() || confidence > 0.8)) {
        out.add(
            new Detection(
                EntityKind.AGE,
                t.start(),
                tokens.get(next - 1).end(),
                confidence,
                Pass.REGEX,
                Integer.toString(value)));
        lastAgeEnd = next;
      }
      i = next - 1;
    }
  }

  private static double ageConfidence(List<SpokenToken> tokens, int first, int next) {
    int n = tokens.size();
    int k = next;
    if (k < n && tokens.get(k).is("-")) {
      k++;
    }
    if (k < n) {
      var u = tokens.get(k);
      if ((u.is("years") || u.is("year") || u.is("yrs") || u.is("yr")) && k + 1 < n) {
        if (tokens.get(k + 1).is("-") && k + 2 < n) {
          k++; // "a ninety two-year-old widow"
        }
        var v = tokens.get(k + 1);
        if (v.is("old")
            || v.is("young")
            || (v.is("of") && k + 2 < n && tokens.get(k + 2).is("age"))) {
          return 0.95;
        }
      }
      if (u.is("yo") || (u.is("y") && k + 2 < n && tokens.get(k + 2).is("o"))) {
        return 0.9;
      }
      if (UNITS.contains(u.text())) {
        return 0;
      }
    }
    if (first >= 2
        && tokens.get(first - 1).is(",")
        && RELATIVE_BEFORE_COMMA.test(tokens.get(first - 2).text())
        && (next >= n || tokens.get(next).is(",") || tokens.get(next).is("."))) {
      return 0.85; // "my mother, ninety six, lives alone"
    }
    if (first >= 2 && QUALIFIERS.contains(tokens.get(first - 1).text())) {
      first--; // "he's pushing ninety five": the cue before the qualifier
    }
    if (first == 0) {
      return 0;
    }
    var before = tokens.get(first - 1);
    if (isPersonWithIs(before.text())) {
      // "my dad's a hundred and two", "grandma's ninety"
      return 0.75;
    }
    if ((before.is("her") || before.is("him") || before.is("me"))
        && first >= 2
        && MAKES.contains(tokens.get(first - 2).text())) {
      return 0.75; // "so that makes her ninety eight"
    }
    if (!CUE_WORDS.contains(before.text())) {
      return 0;
    }
    if (before.is("at")) {
      // "at ninety three he still drives", not "at ninety miles an hour" (a unit, above)
      return next < n && AT_AGE_FOLLOWERS.contains(tokens.get(next).text()) ? 0.75 : 0;
    }
    if (before.is("be") || before.is("turn")) {
      // "she'll be ninety-one", "he will be ninety", "she's going to be ninety eight", "she'll
      // turn a hundred", not "it will be ninety dollars"
      var will = first >= 2 ? tokens.get(first - 2).text() : "";
      boolean goingTo = will.equals("to") && first >= 3 && tokens.get(first - 3).is("going");
      return WILL.contains(will) || goingTo ? 0.75 : 0;
    }
    if (before.is("is") || before.is("am") || before.is("was")) {
      // "she is ninety-two", "my husband walter is ninety", not "the total is ninety five"
      boolean subject = first >= 2 && SUBJECTS.contains(tokens.get(first - 2).text());
      boolean namedSubject =
          first >= 3
              && SUBJECTS.contains(tokens.get(first - 3).text())
              && tokens.get(first - 2).isWord()
              && !MEASURES.contains(tokens.get(first - 2).text());
      boolean relative = subject && !NOT_RELATIVES.contains(tokens.get(first - 2).text());
      return relative ? 0.85 : subject || namedSubject ? 0.75 : 0; // "my dad is 93"
    }
    return before.is("age") || before.is("aged") ? 0.9 : 0.75;
  }

  /** Words that take an age back or move it on: "no sorry", "i mean", "going on". */
  private static final Set<String> TAKING_BACK =
      Set.of(
          "no",
          "sorry",
          "i",
          "mean",
          "actually",
          "wait",
          "so",
          "yes",
          "hi",
          "oh",
          "um",
          "uh",
          "going",
          "on",
          "or",
          "maybe",
          "make",
          "that",
          ",",
          ".");

  /** How many words may stand between an age and the age said to correct it. */
  private static final int MAX_TAKING_BACK = 6;

  /**
   * Whether only words that take an age back stand between the age that ended at {@code from} and
   * the number at {@code first}, one of them "no", "sorry", "mean", "actually", "wait" or "going",
   * and no unit follows the number.
   */
  private static boolean takenBack(List<SpokenToken> tokens, int from, int first, int next) {
    if (first - from > MAX_TAKING_BACK || first == from) {
      return false;
    }
    boolean back = false;
    for (int k = from; k < first; k++) {
      String word = tokens.get(k).text();
      if (!TAKING_BACK.contains(word)) {
        return false;
      }
      back |=
          word.equals("no")
              || word.equals("sorry")
              || word.equals("mean")
              || word.equals("actually")
              || word.equals("wait")
              || word.equals("going");
    }
    return back && !(next < tokens.size() && UNITS.contains(tokens.get(next).text()));
  }

  private static final java.util.function.Predicate<String> RELATIVE_BEFORE_COMMA =
      word -> SUBJECTS.contains(word) && !NOT_RELATIVES.contains(word);

  /** A unit right before "years" or "year": "a hundred four years old". */
  private static boolean unitBeforeYears(List<SpokenToken> tokens, int at) {
    if (at + 1 >= tokens.size()) {
      return false;
    }
    int unit = tokens.get(at).wordValue();
    var after = tokens.get(at + 1);
    return unit >= 1 && unit <= 9 && (after.is("years") || after.is("year"));
  }

  /** "one oh two": a hundred and two read digit by digit, as ages past a hundred are said. */
  private static boolean hundredWithOh(List<SpokenToken> tokens, int i) {
    if (i + 2 >= tokens.size() || !tokens.get(i).is("one")) {
      return false;
    }
    var oh = tokens.get(i + 1);
    int unit = tokens.get(i + 2).wordValue();
    return (oh.is("oh") || oh.is("o") || oh.is("zero")) && unit >= 0 && unit <= 9;
  }

  /** "dad's", "grandmother's": a person noun of {@link #SUBJECTS} with "'s" ("is"). */
  private static boolean isPersonWithIs(String word) {
    return word.endsWith("'s")
        && word.length() > 2
        && SUBJECTS.contains(word.substring(0, word.length() - 2));
  }
}
