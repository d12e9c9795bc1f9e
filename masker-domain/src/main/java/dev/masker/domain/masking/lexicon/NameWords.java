package dev.masker.domain.masking.lexicon;

import java.util.Set;

/**
 * What one token of a text is as a name word, by the lists of a {@link Lexicon}: in the name lists
 * only ({@link #KNOWN}), in them and an ordinary word ({@link #AMBIGUOUS}), in no list and not an
 * ordinary word ({@link #NAME_LIKE}), or not a name word at all ({@link #COMMON}); and how it is
 * written (a possessive "'s", a capital, an abbreviation in capitals).
 */
final class NameWords {
  /** Not a name word: a function or ordinary word, a title, a number, a particle. */
  static final int COMMON = 0;

  /** Not in any list and not an ordinary word: a name only beside a cue or another name. */
  static final int NAME_LIKE = 1;

  /** In the name lists and an ordinary word ("will", "hope"). */
  static final int AMBIGUOUS = 2;

  /** In the name lists only. */
  static final int KNOWN = 3;

  /** Words that join the parts of a name ("fatima al sayed", "de la cruz", "van der berg"). */
  static final Set<String> PARTICLES = Lexicon.read("name-particles.txt");

  /** Stems that end generic drug names ("lisinopril", "losartan"). */
  static final java.util.List<String> DRUG_NAME_ENDINGS =
      java.util.List.copyOf(Lexicon.read("drug-name-endings.txt"));

  /** Words no dictionary has that are no names: medicines, abbreviations, weekdays, brands. */
  private static final Set<String> UNHEARD_TERMS = Lexicon.read("unheard-terms.txt");

  /**
   * What follows the apostrophe of a contraction ("he's", "they'll", "ma'am", "o'clock", "y'all").
   */
  private static final Set<String> CONTRACTED =
      Set.of("s", "ll", "re", "ve", "d", "m", "t", "am", "all", "clock", "er", "em");

  /** Fewer words than this are a label, a key or a value, not speech. */
  private static final int MIN_SPEECH_TOKENS = 3;

  private static final String PROSE_BEFORE = "\"'(\u201c\u2018";
  private static final String PROSE_AFTER = ",.?!;:\"')\u201d\u2019";

  /** Function words of other languages that English has not ("quiero", "voudrais", "ich"). */
  private static final Set<String> FOREIGN_FUNCTION_WORDS =
      Lexicon.read("foreign-function-words.txt");

  private final Lexicon lexicon;
  private final DictionaryWords dictionary;

  NameWords(Lexicon lexicon) {
    this(lexicon, DictionaryWords.standard());
  }

  NameWords(Lexicon lexicon, DictionaryWords dictionary) {
    this.lexicon = lexicon;
    this.dictionary = dictionary;
  }

  /**
   * A {@link #NAME_LIKE} or {@link #KNOWN} word of a lower-case text that no English dictionary
   * has, and that is no medicine, abbreviation, weekday, brand or courtesy word ("rusiimwa",
   * "taiishez", "koishiko"). Speech-to-text writes the words it knows and spells the others by ear,
   * so such a word is a proper name; it is read as a person's name even without a cue, because a
   * name let through is a leak and a word masked wrongly costs only a little of the answer.
   */
  boolean unheard(TokenizedText text, int i) {
    if (!text.lowerCase() || text.size() < MIN_SPEECH_TOKENS || !standsAlone(text, i)) {
      return false;
    }
    return unheardWord(base(text, i));
  }

  /**
   * A word written with a capital and then lower case only ("Parata", not "MyChart" or "HIPAA"),
   * inside a sentence of a text that uses both cases, that no dictionary has and no list names as a
   * medicine, abbreviation or brand: a proper name, as {@link #unheard} reads one in lower case.
   */
  boolean unheardCapital(TokenizedText text, int i) {
    if (text.lowerCase()
        || !text.capitalized(i)
        || text.size() < MIN_SPEECH_TOKENS
        || !standsAlone(text, i)) {
      return false;
    }
    String original = text.text();
    for (int c = text.start(i) + 1; c < text.end(i); c++) {
      if (Character.isUpperCase(original.charAt(c))) {
        return false;
      }
    }
    return unheardWord(base(text, i));
  }

  /**
   * Whether {@code word} (lower case) is no medicine, abbreviation, weekday or brand of the lists
   * ("xarelto", "apixaban"): {@link #unheardWord} asks it of every word of a bare pair.
   */
  boolean term(String word) {
    if (UNHEARD_TERMS.contains(word)) {
      return true;
    }
    for (String ending : DRUG_NAME_ENDINGS) {
      if (word.endsWith(ending)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code word} (lower case) is one no English dictionary has and no list names as a
   * medicine, abbreviation or compound of everyday words: a proper name, spelled by ear or written
   * as its owner writes it.
   */
  boolean unheardWord(String word) {
    if (word.length() < 3
        || !vowel(word)
        || term(word)
        || lexicon.isCommonWord(word)
        || lexicon.isFunctionWord(word)) {
      return false;
    }
    if (dictionary.contains(word.replace("'", "")) || contraction(word)) {
      return false;
    }
    if (compound(word) && !UnlistedTowns.placeEnding(word)) {
      return false; // "bloodwork", "checkup"; not "redwater", "quillbury": towns are made so
    }
    if (word.indexOf('-') > 0) {
      for (String part : word.split("-", -1)) {
        if (!ordinaryPart(part) && !term(part)) {
          return true; // "ha-eun", not "sugar-free", "follow-up", "post-covid"
        }
      }
      return false;
    }
    return true;
  }

  /**
   * A part of a hyphenated word that an ordinary word could have: a word of the lists or the
   * dictionary, or one or two letters ("x-ray", "re-check", "co-pay").
   */
  private boolean ordinaryPart(String part) {
    return part.length() <= 2 || lexicon.isCommonWord(part) || dictionary.contains(part);
  }

  /**
   * Two or more frequent function words of another language ("quiero una cita para el martes"): the
   * turn is not English speech, and its words no English dictionary has are not names for that.
   */
  static boolean otherLanguage(TokenizedText text) {
    int seen = 0;
    for (int t = 0; t < text.size(); t++) {
      if (FOREIGN_FUNCTION_WORDS.contains(text.word(t)) && ++seen == 2) {
        return true;
      }
    }
    return false;
  }

  /**
   * Two everyday words written as one ("bloodwork", "eyedrops"): three letters or more each, one of
   * them four or more, since short words pair up by chance ("hao" and "ran" in "haoran").
   */
  private boolean compound(String word) {
    int length = word.length();
    for (int cut = 3; cut <= length - 3; cut++) {
      if ((cut >= 4 || length - cut >= 4)
          && everyday(word.substring(0, cut))
          && everyday(word.substring(cut))) {
        return true;
      }
    }
    return false;
  }

  private boolean everyday(String word) {
    return lexicon.isCommonWord(word) || lexicon.isFunctionWord(word);
  }

  /**
   * Set off by spaces or prose punctuation, not part of an identifier, a path or an address
   * ("#/$defs/phone", "vip_flag", "mrn=…").
   */
  private static boolean standsAlone(TokenizedText text, int i) {
    String original = text.text();
    int start = text.start(i);
    int end = text.end(i);
    return (start == 0
            || PROSE_BEFORE.indexOf(original.charAt(start - 1)) >= 0
            || Character.isWhitespace(original.charAt(start - 1)))
        && (end == original.length()
            || PROSE_AFTER.indexOf(original.charAt(end)) >= 0
            || Character.isWhitespace(original.charAt(end)));
  }

  /**
   * "doesn't", "they'll", "would've": a contraction, whatever its first part; and one written
   * without its apostrophe after a function word ("dont", "thats", "youre", "theyll").
   */
  private boolean contraction(String word) {
    for (String ending : new String[] {"n't", "'ll", "'re", "'ve", "'d", "'m"}) {
      if (word.endsWith(ending)) {
        return true;
      }
    }
    for (String ending : new String[] {"nt", "s", "ll", "re", "ve", "d", "m"}) {
      if (word.length() > ending.length()
          && word.endsWith(ending)
          && lexicon.isFunctionWord(word.substring(0, word.length() - ending.length()))) {
        return true;
      }
    }
    return false;
  }

  private static boolean vowel(String word) {
    for (int c = 0; c < word.length(); c++) {
      if ("aeiouy".indexOf(word.charAt(c)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** What token {@code i} is as a name word: COMMON, NAME_LIKE, AMBIGUOUS or KNOWN. */
  int classify(TokenizedText text, int i) {
    String word = base(text, i);
    if (word.length() < 2 || text.isDigits(i)) {
      return COMMON;
    }
    var kinds = lexicon.kindsOf(word);
    if (kinds.honorific()) {
      return COMMON;
    }
    int apostrophe = word.indexOf('\'');
    if (apostrophe > 0
        && (lexicon.isCommonWord(word.substring(0, apostrophe))
                && CONTRACTED.contains(word.substring(apostrophe + 1))
            || word.endsWith("n't")
            || word.equals("o'clock"))) {
      return COMMON; // "he's", "she'll", "there's", "hasn't", "o'clock"; not "fang'en"
    }
    if (kinds.functionWord() || possessive(text.word(i)) && lexicon.isFunctionWord(text.word(i))) {
      return COMMON;
    }
    if (CalendarWords.monthWithDay(text, i)) {
      return COMMON; // "angelica leiwesmeier april tenth …": the date's, not the name's
    }
    if (kinds.name()) {
      return kinds.ambiguousName() ? AMBIGUOUS : KNOWN;
    }
    if (kinds.commonWord() || PARTICLES.contains(word)) {
      return COMMON;
    }
    if (inflectedVerb(word) && !Character.isUpperCase(text.text().charAt(text.start(i)))) {
      return COMMON; // "linnea frost phoned"; a capital keeps "Golding" a name
    }
    int unlisted = classifyUnlisted(word);
    return unlisted == NAME_LIKE && gaelicPrefix(text, i) ? KNOWN : unlisted;
  }

  /**
   * A past tense or "-ing" form the word lists leave out, of an ordinary word they have ("phoned",
   * "texted", "stopped", "phoning"): in lower case a verb after a name, not a surname.
   */
  private boolean inflectedVerb(String word) {
    int length = word.length();
    if (length >= 5 && word.endsWith("ed")) {
      String stem = word.substring(0, length - 2);
      return commonStem(stem) || lexicon.isCommonWord(stem + "e");
    }
    if (length >= 6 && word.endsWith("ing")) {
      String stem = word.substring(0, length - 3);
      return commonStem(stem) || lexicon.isCommonWord(stem + "e");
    }
    return false;
  }

  /** The stem is an ordinary word, also with a doubled last consonant ("stopp" of "stopped"). */
  private boolean commonStem(String stem) {
    int length = stem.length();
    return lexicon.isCommonWord(stem)
        || length >= 4
            && stem.charAt(length - 1) == stem.charAt(length - 2)
            && lexicon.isCommonWord(stem.substring(0, length - 1));
  }

  /** "McTesian", "MacLeod", "O'Rourke", "D'Souza": written so, a word is a surname. */
  private static boolean gaelicPrefix(TokenizedText text, int i) {
    String original = text.text();
    int start = text.start(i);
    int end = text.end(i);
    for (String prefix : new String[] {"Mc", "Mac", "O'", "O\u2019", "D'", "D\u2019"}) {
      int next = start + prefix.length();
      if (next < end
          && original.startsWith(prefix, start)
          && Character.isUpperCase(original.charAt(next))) {
        return true;
      }
    }
    return false;
  }

  /** A word no list has: hyphenated parts, "o'connell", or letters only. */
  private int classifyUnlisted(String word) {
    if (word.indexOf('-') > 0) {
      // "follow-up", "x-ray", "co-pay" are ordinary; "ha-eun", "hakobyan-ishikawa" are names.
      int known = 0;
      boolean ordinary = true;
      for (String part : word.split("-", -1)) {
        known += lexicon.isName(part) ? 1 : 0;
        ordinary &= ordinaryPart(part);
      }
      return known > 0 ? KNOWN : ordinary ? COMMON : NAME_LIKE;
    }
    if ((word.startsWith("o'") || word.startsWith("d'")) && word.length() > 4) {
      return lexicon.isName(word.substring(2)) ? KNOWN : NAME_LIKE;
    }
    for (int c = 0; c < word.length(); c++) {
      char ch = word.charAt(c);
      if (!(ch >= 'a' && ch <= 'z') && ch != '\'') {
        return Character.isLetter(ch) ? NAME_LIKE : COMMON;
      }
    }
    return NAME_LIKE;
  }

  /** The token without a possessive "'s" ("okafor's" reads as "okafor"). */
  /** Whether token {@code i} is written as the lists write it, without accents ("från" is not). */
  static boolean asWritten(TokenizedText text, int i) {
    return text.end(i) - text.start(i) == text.word(i).length()
        && text.text().regionMatches(true, text.start(i), text.word(i), 0, text.word(i).length());
  }

  static String base(TokenizedText text, int i) {
    String word = text.word(i);
    return possessive(word) ? word.substring(0, word.length() - 2) : word;
  }

  static boolean possessive(String word) {
    return word.length() > 3 && word.endsWith("'s");
  }

  /**
   * Written with a capital and then lower case ("Hope"), also where {@link
   * TokenizedText#capitalized} does not count it: at the start of the text or after a colon.
   */
  static boolean writtenCapital(TokenizedText text, int i) {
    int start = text.start(i);
    if (!Character.isUpperCase(text.text().charAt(start)) || text.end(i) - start < 2) {
      return false;
    }
    for (int c = start + 1; c < text.end(i); c++) {
      if (Character.isUpperCase(text.text().charAt(c))) {
        return false;
      }
    }
    return true;
  }

  /** A short word in capitals in a text that has both cases ("ED", "ICU"): an abbreviation. */
  static boolean acronym(TokenizedText text, int i) {
    if (text.end(i) - text.start(i) > 3 || !text.capitalized(i)) {
      return false;
    }
    for (int c = text.start(i); c < text.end(i); c++) {
      if (Character.isLowerCase(text.text().charAt(c))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The canonical value of tokens {@code start} to {@code end}: their words without a possessive,
   * joined by single spaces.
   */
  static String canonical(TokenizedText text, int start, int end) {
    if (end - start == 1) {
      return base(text, start);
    }
    StringBuilder joined = new StringBuilder();
    for (int t = start; t < end; t++) {
      if (t > start) {
        joined.append(' ');
      }
      joined.append(base(text, t));
    }
    return joined.toString();
  }
}
