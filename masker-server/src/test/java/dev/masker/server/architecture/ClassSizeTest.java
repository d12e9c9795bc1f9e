package dev.masker.server.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A main class of more than {@value #MOST_LINES} lines is split by responsibility, or says at its
 * top why it is one idea (a paragraph starting "Why one class"): a newcomer reads a class whole.
 */
class ClassSizeTest {
  private static final int MOST_LINES = 520;

  @Test
  void long_main_classes_say_why_they_are_one_class() throws IOException {
    var root = Path.of("..").toAbsolutePath().normalize();
    assertThat(root.resolve("pom.xml")).as("the repository root").exists();
    List<String> unexplained;
    try (var files = Files.walk(root)) {
      unexplained =
          files
              .filter(path -> path.toString().endsWith(".java"))
              .filter(path -> path.toString().contains("/src/main/java/"))
              .filter(path -> !path.toString().contains("/target/"))
              .filter(ClassSizeTest::longWithoutReason)
              .map(path -> root.relativize(path).toString())
              .sorted()
              .collect(Collectors.toList());
    }
    assertThat(unexplained).isEmpty();
  }

  private static boolean longWithoutReason(Path file) {
    try {
      var lines = Files.readAllLines(file);
      return lines.size() > MOST_LINES
          && lines.stream().noneMatch(l -> l.contains("Why one class"));
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + file, e);
    }
  }
}
