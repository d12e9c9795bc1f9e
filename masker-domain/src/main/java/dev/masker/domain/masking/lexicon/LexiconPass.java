package dev.masker.domain.masking.lexicon;

import dev.masker.domain.masking.Detection;
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
    List<Detection> found = new ArrayList<>(names.find(tokens));
    found.addAll(places.find(tokens));
    found.addAll(FormField.find(text));
    return found;
  }
}
