package dev.masker.server.api.document;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import dev.masker.adapters.persistence.TestDatabase;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * {@code /q/openapi} serves a valid OpenAPI document that names every endpoint the server has, and
 * no endpoint it has not.
 */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class OpenApiDocumentTest {
  /** Served by a plain Vert.x route rather than a JAX-RS resource. */
  private static final Set<String> ROUTES = Set.of("POST /proxy/{}/v1/chat/completions");

  private static final List<Class<? extends Annotation>> METHODS =
      List.of(GET.class, POST.class, PUT.class, PATCH.class, DELETE.class, HEAD.class);

  @Test
  void the_document_is_valid_openapi_in_yaml_and_in_json() {
    var document = ApiDocument.served();

    assertThat(document.problems()).isEmpty();
    assertThat(document.model().getOpenapi()).isEqualTo("3.0.3");
    assertThat(document.model().getInfo().getTitle()).isEqualTo("Masker");
    var json =
        given()
            .queryParam("format", "json")
            .get("/q/openapi")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(json.getString("info.version")).isEqualTo("v1");
    assertThat(json.getMap("paths")).containsKey("/api/v1/agents");
  }

  @Test
  void the_document_names_every_endpoint_of_the_server_and_no_other() {
    var served = new TreeSet<>(ROUTES);
    var resources =
        new ClassFileImporter()
            .importPackages("dev.masker.adapters.rest", "dev.masker.server").stream()
                .filter(type -> type.isAnnotatedWith(Path.class))
                .map(type -> type.reflect())
                .toList();
    for (var resource : resources) {
      var base = resource.getAnnotation(Path.class).value();
      for (var method : resource.getDeclaredMethods()) {
        for (var verb : METHODS) {
          if (method.isAnnotationPresent(verb)) {
            var sub = method.getAnnotation(Path.class);
            served.add(
                ApiDocument.operation(
                    verb.getSimpleName(), join(base, sub == null ? "" : sub.value())));
          }
        }
      }
    }

    assertThat(ApiDocument.served().operations()).containsExactlyInAnyOrderElementsOf(served);
  }

  private static String join(String base, String sub) {
    var path = (base + "/" + sub).replaceAll("/+", "/");
    return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
  }
}
