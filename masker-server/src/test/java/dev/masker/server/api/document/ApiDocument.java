package dev.masker.server.api.document;

import static io.restassured.RestAssured.given;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** The OpenAPI document the running server serves at {@code /q/openapi}, read for a test. */
public record ApiDocument(String yaml, OpenAPI model, List<String> problems) {
  /** What the server serves now. */
  public static ApiDocument served() {
    var yaml =
        given()
            .accept("application/yaml")
            .get("/q/openapi")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    return parse(yaml);
  }

  public static ApiDocument parse(String yaml) {
    var options = new ParseOptions();
    options.setResolve(false);
    var result = new OpenAPIV3Parser().readContents(yaml, null, options);
    var problems = result.getMessages() == null ? List.<String>of() : result.getMessages();
    return new ApiDocument(yaml, result.getOpenAPI(), List.copyOf(problems));
  }

  /**
   * A RestAssured filter that fails a call whose answer the document does not describe: an
   * undocumented path, method or status, or a body that does not match its schema. Requests are not
   * checked, so that tests can send what the document forbids and check the answer.
   */
  public OpenApiValidationFilter answersChecker() {
    var levels =
        LevelResolver.create()
            .withLevel("validation.request", ValidationReport.Level.IGNORE)
            .withLevel("validation.response", ValidationReport.Level.ERROR)
            .build();
    return new OpenApiValidationFilter(
        OpenApiInteractionValidator.createForInlineApiSpecification(yaml)
            .withLevelResolver(levels)
            .build());
  }

  /** Every operation, as "METHOD /path/{}" with the parameter names left out. */
  public Set<String> operations() {
    var operations = new TreeSet<String>();
    model
        .getPaths()
        .forEach(
            (path, item) ->
                item.readOperationsMap()
                    .keySet()
                    .forEach(method -> operations.add(operation(method.name(), path))));
    return operations;
  }

  /** "METHOD /path/{}" for a method and a path template with named parameters. */
  public static String operation(String method, String template) {
    return method.toUpperCase(Locale.ROOT) + " " + template.replaceAll("\\{[^}/]+}", "{}");
  }

  /** Whether a concrete path fits a template of {@link #operation}. */
  public static boolean fits(String operation, String method, String path) {
    var parts = operation.split(" ", 2);
    if (!parts[0].equals(method.toUpperCase(Locale.ROOT))) {
      return false;
    }
    var regex = Pattern.quote(parts[1]).replace("{}", "\\E[^/]+\\Q").replace("\\Q\\E", "");
    return path.matches(regex);
  }
}
