package dev.masker.adapters.ner;

import dev.masker.domain.masking.Detection;
import dev.masker.domain.masking.EntityRecognizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Two recognizers asked at once, their finds added together: what a server with both a model and a
 * Presidio Analyzer runs. When either cannot answer the text has no full answer, and the policy
 * decides as for one.
 */
final class BothRecognizers implements EntityRecognizer {
  private final EntityRecognizer first;
  private final EntityRecognizer second;
  private final RecognizerCounters counters;

  BothRecognizers(EntityRecognizer first, EntityRecognizer second, RecognizerCounters counters) {
    this.first = first;
    this.second = second;
    this.counters = counters;
  }

  @Override
  public List<Detection> find(String text) {
    return begin(text).join();
  }

  @Override
  public Pending begin(String text) {
    var one = first.begin(text);
    Pending other;
    try {
      other = second.begin(text);
    } catch (RuntimeException e) {
      one.abandon();
      throw e;
    }
    return new Pending() {
      @Override
      public List<Detection> join() {
        List<Detection> found;
        try {
          found = new ArrayList<>(one.join());
        } catch (RuntimeException e) {
          other.abandon();
          throw e;
        }
        found.addAll(other.join());
        return found;
      }

      @Override
      public void abandon() {
        one.abandon();
        other.abandon();
      }
    };
  }

  @Override
  public void skipped(RecognizerUnavailable cause) {
    counters.skipped();
  }
}
