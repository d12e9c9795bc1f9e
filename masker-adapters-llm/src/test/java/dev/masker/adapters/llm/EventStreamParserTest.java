package dev.masker.adapters.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventStreamParserTest {
  private static final String STREAM =
      "\uFEFF: comment\n"
          + "data: {\"a\":\"é€😀\"}\r\n"
          + "\r\n"
          + "event: message\r"
          + "id: 7\r"
          + "data:{\"b\":1,\r"
          + "data:  \"c\":2}\r"
          + "\r"
          + "retry: 10\n"
          + "\n"
          + "data\n"
          + "\n"
          + "data: [DONE]\n"
          + "\n"
          + "data: never terminated";

  private static final List<String> EVENTS =
      List.of("{\"a\":\"é€😀\"}", "{\"b\":1,\n \"c\":2}", "", "[DONE]");

  private static List<String> parse(byte[] bytes, int... cuts) {
    var parser = new EventStreamParser(1024);
    var events = new ArrayList<String>();
    int from = 0;
    for (int cut : cuts) {
      parser.feed(ByteBuffer.wrap(bytes, from, cut - from), events::add);
      from = cut;
    }
    parser.feed(ByteBuffer.wrap(bytes, from, bytes.length - from), events::add);
    return events;
  }

  @Test
  void events_come_out_with_comments_other_fields_and_line_endings_handled() {
    assertThat(parse(STREAM.getBytes(StandardCharsets.UTF_8))).isEqualTo(EVENTS);
  }

  @Test
  void the_same_events_come_out_wherever_the_stream_is_split() {
    byte[] bytes = STREAM.getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i <= bytes.length; i++) {
      for (int j = i; j <= bytes.length; j += 7) {
        assertThat(parse(bytes, i, j)).as("cut at %d and %d", i, j).isEqualTo(EVENTS);
      }
    }
  }

  @Test
  void an_event_is_handed_over_as_soon_as_its_blank_line_arrives() {
    var parser = new EventStreamParser(1024);
    var events = new ArrayList<String>();

    parser.feed(bytes("data: one\n"), events::add);
    assertThat(events).isEmpty();
    parser.feed(bytes("\ndata: tw"), events::add);
    assertThat(events).containsExactly("one");
  }

  @Test
  void an_event_larger_than_the_limit_stops_the_stream() {
    var parser = new EventStreamParser(16);

    assertThatThrownBy(
            () -> parser.feed(bytes("data: 0123456789\ndata: 0123456789\n\n"), event -> {}))
        .isInstanceOf(MalformedEventStream.class)
        .hasMessage("an event is larger than 16 bytes");
  }

  private static ByteBuffer bytes(String text) {
    return ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
  }
}
