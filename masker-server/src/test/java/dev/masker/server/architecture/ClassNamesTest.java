package dev.masker.server.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * No two source files of the project, main or test, in any module, declare a class of the same
 * name: a reader who meets a name, in code or in a stack trace, knows which class it is.
 */
class ClassNamesTest {
  @Test
  void every_class_name_is_used_once_across_the_modules() throws IOException {
    var root = Path.of("..").toAbsolutePath().normalize();
    assertThat(root.resolve("pom.xml")).as("the repository root").exists();
    Map<String, List<Path>> byName;
    try (var files = Files.walk(root)) {
      byName =
          files
              .filter(path -> path.toString().endsWith(".java"))
              .filter(path -> path.toString().contains("/src/"))
              .filter(path -> !path.toString().contains("/target/"))
              .filter(path -> !path.getFileName().toString().equals("package-info.java"))
              .collect(Collectors.groupingBy(path -> path.getFileName().toString()));
    }
    assertThat(byName).hasSizeGreaterThan(100);
    var repeated =
        byName.entrySet().stream()
            .filter(entry -> entry.getValue().size() > 1)
            .map(
                entry ->
                    entry.getKey() + " " + entry.getValue().stream().map(root::relativize).toList())
            .toList();
    assertThat(repeated).isEmpty();
  }
}
