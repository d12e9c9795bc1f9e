package dev.masker.domain.masking.lexicon;

import dev.masker.domain.masking.Detection;
import dev.masker.domain.masking.EntityKind;
import dev.masker.domain.masking.Pass;
import dev.masker.domain.masking.Recognizer;
import java.util.ArrayList;
import java.util.List;

/**
 * The lexicon pass of SPEC §10: names and places without a model. Splits the text into tokens once
 * and runs the {@link NameRecognizer} and the {@link PlaceRecognizer} over them; overlaps between
 * their detections are left to span resolution; the values of labelled form fields ({@link
 * FormField}) join them.
 */
public final class LexiconPass implements Recognizer {

  private final NameRecognizer names;
  private final PlaceRecognizer places;

  public LexiconPass() {
    this(Lexicon.standard());
  }

  LexiconPass(Lexicon lexicon) {
    this.names = new NameRecognizer(lexicon);
    this.places = new PlaceRecognizer(lexicon);
  }

  @Override
  public Pass pass() {
    return Pass.LEXICON;
  }

  @Override
  public List<Detection> find(String text) {
    TokenizedText tokens = TokenizedText.of(text);
    List<Detection> named = names.find(tokens);
    List<Detection> placed = new ArrayList<>(places.find(tokens));
    placed.addAll(FormField.find(text));
    List<Detection> found = new ArrayList<>(named.size() + placed.size());
    found.addAll(named);
    found.addAll(placesOverNames(named, placed));
    return found;
  }

  /**
   * Kind arbitration: a name inside a street address or a town the place rules are sure of
   * ("Martina Kontuša 152 (30424 Otok)", "Pulska 107, 52100 Pula", a street or town named after a
   * person) is read as the place, whose rules saw more of its surroundings: the place gets at least
   * the name's confidence, so it wins span resolution. The name stays among the detections, so a
   * policy that does not mask places still masks it. Both lists sorted by start and swept once: O(n
   * log n).
   */
  static List<Detection> placesOverNames(List<Detection> named, List<Detection> placed) {
    if (named.isEmpty() || placed.isEmpty()) {
      return placed;
    }
    var names = new ArrayList<>(named);
    names.sort(BY_START);
    var out = new ArrayList<>(placed);
    var order = new ArrayList<Integer>(out.size());
    for (int k = 0; k < out.size(); k++) {
      order.add(k);
    }
    order.sort((a, b) -> Integer.compare(out.get(a).start(), out.get(b).start()));
    int next = 0;
    int widest = -1; // the place starting at or before the name that reaches furthest
    for (Detection name : names) {
      if (name.kind() != EntityKind.NAME) {
        continue;
      }
      while (next < order.size() && out.get(order.get(next)).start() <= name.start()) {
        int k = order.get(next++);
        if (isPlace(out.get(k)) && (widest < 0 || out.get(k).end() > out.get(widest).end())) {
          widest = k;
        }
      }
      if (widest >= 0 && out.get(widest).end() >= name.end()) {
        Detection place = out.get(widest);
        if (place.confidence() <= name.confidence()) {
          double confidence = Math.min(1.0, name.confidence() + 0.01);
          out.set(
              widest,
              new Detection(
                  place.kind(),
                  place.start(),
                  place.end(),
                  confidence,
                  place.pass(),
                  place.canonical()));
        }
      }
    }
    return out;
  }

  private static final java.util.Comparator<Detection> BY_START =
      java.util.Comparator.comparingInt(Detection::start);

  /**
   * A street address, or a town the place rules are sure of (beside a postal code, after an
   * address, under a label: 0.85 or more); a town read only after a cue ("of Michael Stapelberg")
   * does not outrank a name.
   */
  private static boolean isPlace(Detection detection) {
    return detection.kind() == EntityKind.ADDRESS
        || detection.kind() == EntityKind.LOCATION && detection.confidence() >= SURE_TOWN;
  }

  private static final double SURE_TOWN = 0.85;
}
