package dev.masker.adapters.llm;

import dev.masker.application.port.out.StreamListener;
import dev.masker.application.port.out.UpstreamFailure;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Remembers what a stream delivered, and in which order. */
final class RecordingListener implements StreamListener {
  final List<String> events = new ArrayList<>();
  final List<String> calls = new ArrayList<>();
  UpstreamFailure failure;
  private final Consumer<String> onEachEvent;

  RecordingListener() {
    this(event -> {});
  }

  /** Also runs {@code onEachEvent} as each event arrives. */
  RecordingListener(Consumer<String> onEachEvent) {
    this.onEachEvent = onEachEvent;
  }

  @Override
  public void onEvent(String data) {
    events.add(data);
    calls.add("event");
    onEachEvent.accept(data);
  }

  @Override
  public void onComplete() {
    calls.add("complete");
  }

  @Override
  public void onFailure(UpstreamFailure failure) {
    this.failure = failure;
    calls.add("failure");
  }

  boolean completed() {
    return calls.contains("complete");
  }
}
