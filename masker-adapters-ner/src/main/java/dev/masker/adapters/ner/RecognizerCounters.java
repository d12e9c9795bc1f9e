package dev.masker.adapters.ner;

import dev.masker.application.port.out.RecognizerStatistics;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/** What the recognizers of this server did: counts only, shared by all of them. Thread-safe. */
final class RecognizerCounters {
  private final LongAdder calls = new LongAdder();
  private final Map<Unanswered, LongAdder> unavailable = new EnumMap<>(Unanswered.class);
  private final LongAdder dropped = new LongAdder();
  private final LongAdder skipped = new LongAdder();

  RecognizerCounters() {
    for (var why : Unanswered.values()) {
      unavailable.put(why, new LongAdder());
    }
  }

  void called() {
    calls.increment();
  }

  void unavailable(Unanswered why) {
    unavailable.get(why).increment();
  }

  void dropped(int spans) {
    dropped.add(spans);
  }

  void skipped() {
    skipped.increment();
  }

  RecognizerStatistics statistics() {
    var byCause = new HashMap<String, Long>();
    unavailable.forEach((why, count) -> byCause.put(why.cause(), count.sum()));
    return new RecognizerStatistics(calls.sum(), byCause, dropped.sum(), skipped.sum());
  }
}
