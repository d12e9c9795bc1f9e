package dev.masker.server.deploy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** The files of {@code deploy/}, read as Docker, Kubernetes, Compose and nginx read them. */
final class DeployFiles {
  static final Path ROOT = Path.of("..");
  static final Path DEPLOY = ROOT.resolve("deploy");
  static final String LIVENESS = "/q/health/live";
  static final String READINESS = "/q/health/ready";
  private static final ObjectMapper JSON = new ObjectMapper();

  private DeployFiles() {}

  /** Every document of every YAML file under {@code deploy/k8s}. */
  static List<Map<String, Object>> kubernetesObjects() {
    try (Stream<Path> files = Files.list(DEPLOY.resolve("k8s"))) {
      var objects = new ArrayList<Map<String, Object>>();
      for (var file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
        for (var document :
            new Load(LoadSettings.builder().build()).loadAllFromString(read(file))) {
          if (document != null) {
            objects.add(map(document));
          }
        }
      }
      return objects;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The Kubernetes object of that kind (exactly one). */
  static Map<String, Object> kubernetes(String kind) {
    var found = kubernetesObjects().stream().filter(o -> kind.equals(o.get("kind"))).toList();
    if (found.size() != 1) {
      throw new AssertionError("deploy/k8s holds " + found.size() + " objects of kind " + kind);
    }
    return found.get(0);
  }

  /**
   * {@code deploy/compose.yaml} with its merge keys ({@code <<: *anchor}) applied, as Compose does.
   */
  static Map<String, Object> compose() {
    return map(
        merged(
            new Load(LoadSettings.builder().build())
                .loadFromString(read(DEPLOY.resolve("compose.yaml")))));
  }

  /**
   * Every probe path of {@code deploy/}, by where it is used: the Dockerfile's HEALTHCHECK and the
   * Deployment's liveness and startup probes (which must not depend on the database), and its
   * readiness probe.
   */
  static Map<String, String> livenessProbes() {
    var probes = new LinkedHashMap<String, String>();
    var healthcheck = dockerfile().image().all("HEALTHCHECK");
    for (var check : healthcheck) {
      var command = Dockerfile.execForm(check.substring(check.indexOf("CMD ") + 4));
      command.stream()
          .filter(a -> a.startsWith("http://"))
          .forEach(url -> probes.put("HEALTHCHECK", java.net.URI.create(url).getPath()));
    }
    probes.put("livenessProbe", probePath("livenessProbe"));
    probes.put("startupProbe", probePath("startupProbe"));
    return probes;
  }

  static Map<String, String> readinessProbes() {
    return Map.of("readinessProbe", probePath("readinessProbe"));
  }

  private static String probePath(String probe) {
    var containers = list(at(kubernetes("Deployment"), "spec", "template", "spec", "containers"));
    return (String) at(containers.get(0), probe, "httpGet", "path");
  }

  static String nginx() {
    return read(DEPLOY.resolve("nginx.conf"));
  }

  static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Object value) {
    if (!(value instanceof Map<?, ?>)) {
      throw new AssertionError("not a mapping: " + value);
    }
    return (Map<String, Object>) value;
  }

  @SuppressWarnings("unchecked")
  static List<Object> list(Object value) {
    if (!(value instanceof List<?>)) {
      throw new AssertionError("not a list: " + value);
    }
    return (List<Object>) value;
  }

  /** The value at a path of keys, or null. */
  static Object at(Object node, String... keys) {
    var current = node;
    for (var key : keys) {
      if (!(current instanceof Map<?, ?> mapping)) {
        return null;
      }
      current = mapping.get(key);
    }
    return current;
  }

  private static Object merged(Object node) {
    if (node instanceof Map<?, ?> mapping) {
      var result = new LinkedHashMap<String, Object>();
      if (mapping.get("<<") instanceof Map<?, ?> base) {
        map(merged(base)).forEach(result::put);
      }
      mapping.forEach(
          (key, value) -> {
            if (!"<<".equals(key)) {
              result.put(String.valueOf(key), merged(value));
            }
          });
      return result;
    }
    if (node instanceof List<?> items) {
      return items.stream().map(DeployFiles::merged).toList();
    }
    return node;
  }

  /** {@code deploy/Dockerfile}'s instructions, continuation lines joined, comments left out. */
  static Dockerfile dockerfile() {
    var instructions = new ArrayList<Dockerfile.Instruction>();
    var pending = new StringBuilder();
    for (var line : read(DEPLOY.resolve("Dockerfile")).split("\n")) {
      var trimmed = line.strip();
      if (trimmed.startsWith("#") || (trimmed.isEmpty() && pending.isEmpty())) {
        continue;
      }
      if (trimmed.endsWith("\\")) {
        pending.append(trimmed, 0, trimmed.length() - 1).append(' ');
        continue;
      }
      pending.append(trimmed);
      var text = pending.toString().strip();
      pending.setLength(0);
      if (!text.isEmpty()) {
        var space = text.indexOf(' ');
        instructions.add(
            new Dockerfile.Instruction(
                text.substring(0, space).toUpperCase(), text.substring(space + 1).strip()));
      }
    }
    return new Dockerfile(instructions);
  }

  /** A Dockerfile as a list of instructions, and what its last stage (the image) says. */
  record Dockerfile(List<Instruction> instructions) {
    private static final Pattern ENV_PAIR = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)=(\\S*)");

    record Instruction(String keyword, String arguments) {}

    List<String> all(String keyword) {
      return instructions.stream()
          .filter(i -> i.keyword().equals(keyword))
          .map(Instruction::arguments)
          .toList();
    }

    /** The instructions of the last stage: the image that runs. */
    Dockerfile image() {
      int last = 0;
      for (int i = 0; i < instructions.size(); i++) {
        if (instructions.get(i).keyword().equals("FROM")) {
          last = i;
        }
      }
      return new Dockerfile(instructions.subList(last, instructions.size()));
    }

    /** The variables the image sets with {@code ENV}. */
    Map<String, String> environment() {
      var variables = new LinkedHashMap<String, String>();
      for (var arguments : all("ENV")) {
        var pairs = ENV_PAIR.matcher(arguments);
        while (pairs.find()) {
          variables.put(pairs.group(1), pairs.group(2));
        }
      }
      return variables;
    }

    /** An instruction's exec form ({@code ["java", "-jar", …]}). */
    static List<String> execForm(String arguments) {
      try {
        return JSON.readValue(arguments, new TypeReference<List<String>>() {});
      } catch (IOException e) {
        throw new AssertionError("not in exec form (a JSON array): " + arguments, e);
      }
    }
  }
}
