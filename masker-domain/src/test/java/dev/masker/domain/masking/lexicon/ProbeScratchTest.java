package dev.masker.domain.masking.lexicon;

import dev.masker.domain.masking.Detector;
import dev.masker.domain.masking.policy.Policy;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ProbeScratchTest {
  @Test
  void probe() throws Exception {
    var d = Detector.of(Policy.healthcareDefault());
    for (String line : Files.readAllLines(Path.of("/tmp/probe/lines.txt"))) {
      var found =
          d.detect(line).stream()
              .map(x -> x.kind() + ":" + line.substring(x.start(), x.end()))
              .toList();
      System.out.println("PROBE " + line + "  =>  " + found);
    }
  }
}
