package dev.masker.domain.masking.known;

import dev.masker.domain.masking.Base32Values;
import dev.masker.domain.masking.Base64Values;
import dev.masker.domain.masking.BrailleValues;
import dev.masker.domain.masking.Detection;
import dev.masker.domain.masking.EntityKind;
import dev.masker.domain.masking.HexValues;
import dev.masker.domain.masking.MorseValues;
import dev.masker.domain.masking.OverriddenValues;
import dev.masker.domain.masking.Pass;
import dev.masker.domain.masking.TransliteratedValues;
import dev.masker.domain.masking.TurnedValues;
import dev.masker.domain.masking.UuencodedValues;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The values one session has revealed so far, found again wherever they recur in it — with or
 * without the cue that first made them detectable, in another case, spacing or punctuation, in
 * full-width or other-script digits, spoken digit by digit, and by their identifying parts (SPEC §6
 * "known values everywhere"). "Hi, this is Maria Lopez" teaches it "maria lopez", "maria" and
 * "lopez"; "Lopez needs a refill" later in the call is then found although nothing in it says
 * "name".
 *
 * <p>Values are kept as {@link ValueForms} in an {@link ValueAutomaton} that is rebuilt, once, the
 * first time the session is searched after new values arrived; a search is one linear pass over the
 * text. Thread-safe. The values themselves are personal data: nothing here prints them.
 */
public final class KnownValues {
  /** The most forms one session may hold; learning beyond fails, so masking fails closed. */
  public static final int MAX_FORMS = 200_000;

  private static final AtomicLong INSTANCES = new AtomicLong();

  private final long instance = INSTANCES.incrementAndGet();
  private final ValueForms.Rules rules;
  private final Map<String, ValueForms.Form> forms = new LinkedHashMap<>();

  /**
   * The values learned so far as they were given: a voice platform sends the whole call with every
   * turn, so most values arrive again and again, and their forms need working out only once.
   */
  private final Set<Learned> learned = new HashSet<>();

  private record Learned(
      EntityKind kind, String surface, String canonical, double confidence, Pass pass) {}

  private volatile Snapshot snapshot = Snapshot.EMPTY;
  private volatile boolean stale;

  public KnownValues(boolean nameParts, boolean lastFourDigits) {
    this.rules = new ValueForms.Rules(nameParts, lastFourDigits);
  }

  /**
   * Learns the values {@code detections} found in {@code text} (their spans index {@code text}).
   *
   * @throws IllegalStateException when the session would hold more than {@link #MAX_FORMS} forms
   */
  public void learn(String text, List<Detection> detections) {
    for (var detection : detections) {
      learn(
          detection.kind(),
          text.substring(detection.start(), detection.end()),
          detection.canonical(),
          detection.confidence(),
          detection.pass());
    }
  }

  /**
   * Learns one value: its surface as written, its canonical form (see {@link
   * Detection#canonical()}), and the confidence and pass its recurrences are reported with.
   */
  public synchronized void learn(
      EntityKind kind, String surface, String canonical, double confidence, Pass pass) {
    var value = new Learned(kind, surface, canonical, confidence, pass);
    if (learned.contains(value)) {
      return;
    }
    for (var form : ValueForms.of(kind, surface, canonical, confidence, pass, rules)) {
      if (!forms.containsKey(form.text())) {
        if (forms.size() >= MAX_FORMS) {
          throw new IllegalStateException("a session holds at most " + MAX_FORMS + " values");
        }
        forms.put(form.text(), form);
        stale = true;
      }
    }
    if (learned.size() < MAX_FORMS) {
      learned.add(value);
    }
  }

  /**
   * Names this set of values as it is now: the stamp changes whenever a form is learned, and no two
   * sets ever share one, so a text masked at a stamp needs no new search while it holds.
   */
  public synchronized long stamp() {
    return instance * (MAX_FORMS + 1L) + forms.size();
  }

  /**
   * Whether this is the set that had {@code stamp}, then or since: a set only grows, so it still
   * holds every value it held at that stamp. A set recalled anew (from the vault, after its session
   * was pushed out of memory) is another set.
   */
  public boolean grewFrom(long stamp) {
    return stamp >= 0 && stamp / (MAX_FORMS + 1L) == instance;
  }

  /** How many forms the session knows. */
  public synchronized int size() {
    return forms.size();
  }

  /** Every recurrence of a known value in {@code text}, in no particular order, may overlap. */
  public List<Detection> find(String text) {
    return find(text, false);
  }

  /**
   * Like {@link #find(String)} for a text that was masked already: the tokens in it are skipped, so
   * only values still in clear are reported.
   */
  public List<Detection> findInMasked(String maskedText) {
    return find(maskedText, true);
  }

  private List<Detection> find(String text, boolean masked) {
    var current = current();
    if (current.forms.isEmpty() || text.isEmpty()) {
      return List.of();
    }
    var compact = masked ? CompactText.withoutTokens(text) : CompactText.of(text);
    var found = new ArrayList<Detection>();
    current.automaton.scan(
        compact,
        (index, last) -> {
          var form = current.forms.get(index);
          int first = last - form.text().length() + 1;
          if (form.matchesAt(compact, first, last)) {
            found.add(form.detection(compact.originalStart(first), compact.originalEnd(last)));
          }
        });
    if (!current.digitForms.isEmpty()) {
      SpokenRecurrences.find(text, current.digitForms, current.digitAutomaton, masked, found);
    }
    current.misheard.find(compact, found);
    current.misheardNumbers.find(compact, found);
    // A known value encoded in base64 later ("V2hpdGNvbWJl"): the whole run is its recurrence.
    found.addAll(Base64Values.detections(text, decoded -> find(decoded, false)));
    found.addAll(Base32Values.detections(text, decoded -> find(decoded, false)));
    found.addAll(HexValues.detections(text, decoded -> find(decoded, false)));
    found.addAll(MorseValues.detections(text, decoded -> find(decoded, false)));
    found.addAll(OverriddenValues.detections(text, shown -> find(shown, false)));
    found.addAll(BrailleValues.detections(text, shown -> find(shown, false)));
    found.addAll(UuencodedValues.detections(text, decoded -> find(decoded, false)));
    // And written upside down ("ʇsᴉʌbpuᴉ˥"): the whole run, read upright.
    found.addAll(TurnedValues.detections(text, upright -> find(upright, false)));
    // And in another alphabet ("Соландер", "Σολάντερ"): the whole word, spelled in Latin letters.
    found.addAll(TransliteratedValues.detections(text, latin -> find(latin, false)));
    return found;
  }

  private Snapshot current() {
    var current = snapshot;
    if (!stale) {
      return current;
    }
    synchronized (this) {
      if (stale) {
        snapshot = Snapshot.of(List.copyOf(forms.values()));
        stale = false;
      }
      return snapshot;
    }
  }

  @Override
  public String toString() {
    return "KnownValues[" + size() + " forms]";
  }

  /** The forms and their automaton at one moment. */
  private static final class Snapshot {
    static final Snapshot EMPTY =
        new Snapshot(
            List.of(),
            ValueAutomaton.EMPTY,
            List.of(),
            ValueAutomaton.EMPTY,
            MisheardNames.EMPTY,
            MisheardNumbers.EMPTY);

    final List<ValueForms.Form> forms;
    final ValueAutomaton automaton;

    /** The name words a word one letter off recurs as ("Halverson" for "Halvorsen"). */
    final MisheardNames misheard;

    /** The numbers a run one digit off, or backwards, recurs as ("52930472" for "52930471"). */
    final MisheardNumbers misheardNumbers;

    /** The forms of four digits or more: the ones that can also be said as number words. */
    final List<ValueForms.Form> digitForms;

    final ValueAutomaton digitAutomaton;

    private Snapshot(
        List<ValueForms.Form> forms,
        ValueAutomaton automaton,
        List<ValueForms.Form> digitForms,
        ValueAutomaton digitAutomaton,
        MisheardNames misheard,
        MisheardNumbers misheardNumbers) {
      this.misheard = misheard;
      this.misheardNumbers = misheardNumbers;
      this.forms = forms;
      this.automaton = automaton;
      this.digitForms = digitForms;
      this.digitAutomaton = digitAutomaton;
    }

    static Snapshot of(List<ValueForms.Form> forms) {
      var texts = new ArrayList<String>(forms.size());
      var digitForms = new ArrayList<ValueForms.Form>();
      var digitTexts = new ArrayList<String>();
      for (var form : forms) {
        texts.add(form.text());
        if (form.isDigits() && form.text().length() >= 4) {
          digitForms.add(form);
          digitTexts.add(form.text());
        }
      }
      return new Snapshot(
          forms,
          ValueAutomaton.of(texts),
          List.copyOf(digitForms),
          ValueAutomaton.of(digitTexts),
          MisheardNames.of(forms),
          MisheardNumbers.of(forms));
    }
  }
}
