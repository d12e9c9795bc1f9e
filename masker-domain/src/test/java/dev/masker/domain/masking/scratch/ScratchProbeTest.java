package dev.masker.domain.masking.scratch;

import dev.masker.domain.masking.Masker;
import dev.masker.domain.masking.policy.Policy;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ScratchProbeTest {
  @Test
  void probe() throws Exception {
    var detector =
        Masker.builder()
            .policy(Policy.healthcareDefault())
            .key("K_HEALTHCARE", new byte[32])
            .build();
    for (var line : Files.readAllLines(Path.of("/tmp/probe.txt"))) {
      if (line.isBlank()) continue;
      var text = line.replace('¶', '\u2028');
      var sb = new StringBuilder();
      for (var d : detector.detect(text)) {
        sb.append(" [").append(d.kind()).append(' ').append(text, d.start(), d.end()).append(']');
      }
      System.out.println(
          "PROBE "
              + line
              + "\n   =>"
              + sb
              + "\n   names:"
              + new dev.masker.domain.masking.lexicon.NameRecognizer().find(text)
              + "\n   lexicon:"
              + new dev.masker.domain.masking.lexicon.LexiconPass().find(text)
              + "\n   spoken:"
              + new dev.masker.domain.masking.spoken.SpokenNumberRecognizer().find(text));
    }
  }
}
