package dev.masker.server.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.masker.server.startup.ServerKeys;
import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.ConfigMappings;
import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The environment variables the server reads, found where the server finds them and not copied by
 * hand: the keys of {@link ServerKeys}, every property of the {@code masker.*} configuration
 * mappings, the variables {@code docs/configuration.md} documents (those read with {@code
 * System.getenv} before configuration exists among them), and every run-time property of the
 * Quarkus extensions the server is built with (their configuration model, shipped in each
 * extension's jar).
 */
final class ServerEnvironment {
  static final Path APPLICATION_PROPERTIES = Path.of("src/main/resources/application.properties");
  private static final Path CONFIGURATION_DOC = DeployFiles.ROOT.resolve("docs/configuration.md");
  private static final String QUARKUS_MODEL =
      "META-INF/quarkus-config-doc/quarkus-config-model.json";
  private static final Pattern DOCUMENTED = Pattern.compile("`((?:MASKER|QUARKUS)_[A-Z0-9_<>]+)`");
  private static final String WILDCARD = "[A-Z0-9_]+";

  private final List<Pattern> read;
  private final List<Class<?>> mappings;

  private ServerEnvironment(List<Pattern> read, List<Class<?>> mappings) {
    this.read = read;
    this.mappings = mappings;
  }

  static ServerEnvironment load() {
    var patterns = new ArrayList<Pattern>();
    ServerKeys.REQUIRED.forEach(name -> patterns.add(Pattern.compile(Pattern.quote(name))));
    var mappings = mappingClasses();
    for (var mapping : mappings) {
      ConfigMappings.ConfigClass.configClass(mapping).getProperties().keySet().stream()
          .map(ServerEnvironment::environmentPattern)
          .forEach(patterns::add);
    }
    patterns.addAll(documented());
    patterns.addAll(quarkusRunTimeProperties());
    return new ServerEnvironment(patterns, mappings);
  }

  /** Whether the server reads a variable of that name. */
  boolean reads(String name) {
    return read.stream().anyMatch(p -> p.matcher(name).matches());
  }

  /** Of these names, those the server does not read. */
  List<String> unread(Iterable<String> names) {
    var unread = new TreeSet<String>();
    names.forEach(
        name -> {
          if (!reads(name)) {
            unread.add(name);
          }
        });
    return List.copyOf(unread);
  }

  /**
   * The configuration the packaged server starts with in production (profile {@code prod}) given
   * these environment variables: the packaged {@code application.properties} and the mappings'
   * defaults under them. Building it checks each {@code masker.*} value as the server does at
   * start.
   */
  SmallRyeConfig production(Map<String, String> environment) {
    try {
      var builder =
          new SmallRyeConfigBuilder()
              .withProfile("prod")
              .addDefaultInterceptors()
              .withConverter(Duration.class, 200, new DurationConverter())
              .withSources(
                  new PropertiesConfigSource(APPLICATION_PROPERTIES.toUri().toURL(), 250),
                  new EnvConfigSource(environment, 300));
      mappings.forEach(builder::withMapping);
      return builder.build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A duration setting of that configuration, zero when it is not set. */
  static Duration duration(SmallRyeConfig config, String name) {
    return config
        .getOptionalValue(name, String.class)
        .map(DurationConverter::parseDuration)
        .orElse(Duration.ZERO);
  }

  private static List<Class<?>> mappingClasses() {
    return new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.masker.server", "dev.masker.adapters")
            .stream()
            .filter(c -> c.isAnnotatedWith(ConfigMapping.class))
            .filter(c -> c.getEnclosingClass().isEmpty())
            .<Class<?>>map(JavaClass::reflect)
            .toList();
  }

  private static List<Pattern> documented() {
    var text = DeployFiles.read(CONFIGURATION_DOC);
    var planned = text.indexOf("## Settings planned, not read yet");
    var read = planned < 0 ? text : text.substring(0, planned);
    var matcher = DOCUMENTED.matcher(read);
    var patterns = new ArrayList<Pattern>();
    while (matcher.find()) {
      var parts = matcher.group(1).split("<[A-Z_]+>", -1);
      var regex = new StringBuilder();
      for (int i = 0; i < parts.length; i++) {
        regex.append(i > 0 ? WILDCARD : "").append(Pattern.quote(parts[i]));
      }
      patterns.add(Pattern.compile(regex.toString()));
    }
    return patterns;
  }

  private static List<Pattern> quarkusRunTimeProperties() {
    var patterns = new ArrayList<Pattern>();
    var mapper = new ObjectMapper();
    try {
      for (var url :
          Collections.list(ServerEnvironment.class.getClassLoader().getResources(QUARKUS_MODEL))) {
        try (var in = url.openStream()) {
          for (var root : mapper.readTree(in).path("configRoots")) {
            collect(root.path("items"), patterns);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (patterns.isEmpty()) {
      throw new AssertionError("no Quarkus configuration model on the class path");
    }
    return patterns;
  }

  private static void collect(JsonNode items, List<Pattern> patterns) {
    for (var item : items) {
      if (item.has("items")) {
        collect(item.path("items"), patterns);
      } else if ("RUN_TIME".equals(item.path("phase").asText())) {
        patterns.add(environmentPattern(item.path("path").path("property").asText()));
      }
    }
  }

  /**
   * The environment spelling of a property (upper case, every other character {@code _}), a map's
   * key ({@code *}, {@code "<name>"}) standing for any name.
   */
  static Pattern environmentPattern(String property) {
    var parts = property.split("\"[^\"]*\"|<[^>]*>|\\*", -1);
    var regex = new StringBuilder();
    for (int i = 0; i < parts.length; i++) {
      var part = parts[i].toUpperCase().replaceAll("[^A-Z0-9]", "_");
      regex.append(i > 0 ? WILDCARD : "").append(Pattern.quote(part));
    }
    return Pattern.compile(regex.toString());
  }
}
