package dev.masker.server.api.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/api-reference.md} is what the OpenAPI document says, word for word. After a change to
 * the document, {@code ./mvnw -B verify -pl masker-server -am -Dtest=ApiReferenceTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Dapi-reference.write=true} writes it again.
 */
class ApiReferenceTest {
  private static final Path DOCUMENT = Path.of("src/main/resources/META-INF/openapi.yaml");
  private static final Path REFERENCE = Path.of("../docs/api-reference.md");

  @Test
  void the_committed_reference_is_written_from_the_document() throws IOException {
    var document = ApiDocument.parse(Files.readString(DOCUMENT, StandardCharsets.UTF_8));
    assertThat(document.problems()).isEmpty();
    var written = ApiReference.of(document.model());
    if (Boolean.getBoolean("api-reference.write")) {
      Files.writeString(REFERENCE, written, StandardCharsets.UTF_8);
    }

    assertThat(Files.readString(REFERENCE, StandardCharsets.UTF_8))
        .as("docs/api-reference.md is out of date: write it again (see this test's comment)")
        .isEqualTo(written);
  }
}
