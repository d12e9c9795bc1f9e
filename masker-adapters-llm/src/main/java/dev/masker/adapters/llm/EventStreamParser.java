package dev.masker.adapters.llm;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.Consumer;

/**
 * Parses {@code text/event-stream} (the WHATWG server-sent events format) incrementally: bytes go
 * in as they arrive, split anywhere (inside a line, a UTF-8 sequence or a CRLF), and each event's
 * {@code data} comes out the moment its terminating blank line is read.
 *
 * <p>Lines end with LF, CR or CRLF; a line starting with {@code :} is a comment; several {@code
 * data} lines of one event are joined with LF; {@code event}, {@code id}, {@code retry} and unknown
 * fields are ignored; an event without data is not dispatched; an event left unterminated at the
 * end of the stream is dropped. One instance per stream; not thread-safe.
 */
final class EventStreamParser {
  private static final byte LF = '\n';
  private static final byte CR = '\r';

  private final int maxEventBytes;
  private byte[] line = new byte[512];
  private int lineLength;
  private final StringBuilder data = new StringBuilder();
  private boolean hasData;
  private int eventBytes;
  private boolean afterCarriageReturn;
  private boolean firstLine = true;

  EventStreamParser(int maxEventBytes) {
    this.maxEventBytes = maxEventBytes;
  }

  /**
   * Reads all of {@code bytes}, handing each completed event's data to {@code events}.
   *
   * @throws MalformedEventStream when one event grows beyond the size limit
   */
  void feed(ByteBuffer bytes, Consumer<String> events) {
    while (bytes.hasRemaining()) {
      byte b = bytes.get();
      if (afterCarriageReturn) {
        afterCarriageReturn = false;
        if (b == LF) {
          continue;
        }
      }
      if (b == LF) {
        endLine(events);
      } else if (b == CR) {
        afterCarriageReturn = true;
        endLine(events);
      } else {
        append(b);
      }
    }
  }

  private void append(byte b) {
    if (++eventBytes > maxEventBytes) {
      throw new MalformedEventStream("an event is larger than " + maxEventBytes + " bytes");
    }
    if (lineLength == line.length) {
      line = Arrays.copyOf(line, line.length * 2);
    }
    line[lineLength++] = b;
  }

  private void endLine(Consumer<String> events) {
    int start = 0;
    if (firstLine) {
      firstLine = false;
      if (lineLength >= 3
          && line[0] == (byte) 0xEF
          && line[1] == (byte) 0xBB
          && line[2] == (byte) 0xBF) {
        start = 3; // a byte order mark may open the stream
      }
    }
    int length = lineLength - start;
    lineLength = 0;
    if (length == 0) {
      dispatch(events);
    } else if (line[start] != ':') {
      field(new String(line, start, length, StandardCharsets.UTF_8));
    }
  }

  private void field(String text) {
    int colon = text.indexOf(':');
    String name = colon < 0 ? text : text.substring(0, colon);
    if (!name.equals("data")) {
      return;
    }
    int valueStart = colon < 0 ? text.length() : colon + 1;
    if (valueStart < text.length() && text.charAt(valueStart) == ' ') {
      valueStart++;
    }
    if (hasData) {
      data.append('\n');
    }
    data.append(text, valueStart, text.length());
    hasData = true;
  }

  private void dispatch(Consumer<String> events) {
    eventBytes = 0;
    if (!hasData) {
      return;
    }
    var event = data.toString();
    data.setLength(0);
    hasData = false;
    events.accept(event);
  }
}
