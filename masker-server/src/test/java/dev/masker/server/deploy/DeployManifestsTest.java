package dev.masker.server.deploy;

import static dev.masker.server.deploy.DeployFiles.at;
import static dev.masker.server.deploy.DeployFiles.list;
import static dev.masker.server.deploy.DeployFiles.map;
import static org.assertj.core.api.Assertions.assertThat;

import dev.masker.server.deploy.DeployFiles.Dockerfile;
import dev.masker.server.startup.ServerKeys;
import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.SmallRyeConfig;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code deploy/} (the Dockerfile, the Kubernetes manifests, the Compose file and its nginx)
 * against what the server really serves and reads: probe paths this server answers as probes, on
 * the port it listens on; only variables it reads, with values its configuration accepts; every key
 * it requires outside local mode in the Secret; a non-root user; nothing written outside the
 * writable volumes; a grace period longer than the server's drain. No Docker engine is needed: the
 * files are parsed. {@link DeployProbesTest} asks the running server the probe paths found here.
 */
class DeployManifestsTest {
  /**
   * Read with {@code System.getenv} by {@code MaskerMain}: unset, the server runs in local mode.
   */
  private static final String DATABASE_URL = "MASKER_DATABASE_URL";

  private static final Pattern SECONDS = Pattern.compile("(\\d+)s?");

  private static final ServerEnvironment SERVER = ServerEnvironment.load();
  private final ServerEnvironment server = SERVER;
  private final Dockerfile image = DeployFiles.dockerfile().image();

  @Test
  void the_image_is_built_with_the_wrapper_on_a_jdk_and_runs_the_packaged_server_on_a_jre() {
    var all = DeployFiles.dockerfile();
    var stages = all.all("FROM");
    assertThat(stages).as("a build stage and the image").hasSizeGreaterThanOrEqualTo(2);
    assertThat(stages.get(0)).containsPattern(":17[-.]").contains("jdk");
    assertThat(stages.get(stages.size() - 1)).containsPattern(":17[-.]").contains("jre");
    assertThat(all.all("RUN")).anyMatch(run -> run.contains("./mvnw") && run.contains("package"));

    var copy =
        image.all("COPY").stream()
            .filter(c -> c.contains("masker-server/target/quarkus-app/"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("the image copies no quarkus-app"));
    var copiedTo = copy.substring(copy.lastIndexOf(' ') + 1);
    var entrypoint = Dockerfile.execForm(single(image.all("ENTRYPOINT")));
    assertThat(entrypoint.get(0)).isEqualTo("java");
    assertThat(entrypoint.get(entrypoint.indexOf("-jar") + 1))
        .as("the jar the image runs is the packaged server's")
        .isEqualTo(copiedTo + "quarkus-run.jar");
  }

  @Test
  void the_image_runs_as_a_user_other_than_root() {
    var user = single(image.all("USER"));
    var uid = user.split(":")[0];
    assertThat(uid).as("a numeric user, which runAsNonRoot can check").matches("\\d+");
    assertThat(Integer.parseInt(uid)).isNotZero();
    assertThat(kubernetesUser()).as("the Deployment's runAsUser").isIn(null, Integer.parseInt(uid));
  }

  @Test
  void the_image_writes_only_under_its_volumes_and_not_in_its_working_directory() {
    var volumes = Dockerfile.execForm(single(image.all("VOLUME")));
    var written = writtenPaths();
    assertThat(written)
        .as("java.io.tmpdir and crash files, Vert.x's cache, the data dir")
        .contains(
            image.environment().get("QUARKUS_VERTX_CACHE_DIRECTORY"),
            image.environment().get("MASKER_DATA_DIR"))
        .hasSizeGreaterThanOrEqualTo(3);
    for (var path : written) {
      assertThat(volumes).as("a volume holding %s", path).anyMatch(v -> under(path, v));
    }
    var workdir = single(image.all("WORKDIR"));
    assertThat(volumes)
        .as("the working directory stays read-only")
        .noneMatch(v -> under(workdir, v));
  }

  @Test
  void the_image_sets_only_variables_the_server_reads_with_values_it_accepts() {
    assertThat(server.unread(image.environment().keySet())).isEmpty();
    var config = server.production(image.environment());
    assertThat(image.all("EXPOSE")).containsExactly(String.valueOf(httpPort(config)));
  }

  @Test
  void the_healthcheck_asks_the_liveness_probe_on_the_port_the_server_listens_on() {
    var healthcheck = single(image.all("HEALTHCHECK"));
    var command = Dockerfile.execForm(healthcheck.substring(healthcheck.indexOf("CMD ") + 4));
    var url =
        URI.create(
            command.stream()
                .filter(a -> a.startsWith("http://"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no URL in " + command)));
    assertThat(url.getPort()).isEqualTo(httpPort(server.production(image.environment())));
    assertThat(url.getHost()).as("the container's own loopback").isEqualTo("127.0.0.1");
    assertIsLiveness(url.getPath());
  }

  @Test
  void the_deployment_runs_two_replicas_probed_on_the_servers_probes() {
    var deployment = DeployFiles.kubernetes("Deployment");
    assertThat(at(deployment, "spec", "replicas")).isEqualTo(2);
    var container = container();
    var config = server.production(containerEnvironment());
    var ports = list(container.get("ports"));
    var http = map(ports.get(0));
    assertThat(ports).hasSize(1);
    assertThat(http.get("containerPort")).isEqualTo(httpPort(config));
    assertThat(http.get("containerPort"))
        .as("the management port (metrics carry agent ids) is not exposed")
        .isNotEqualTo(config.getValue("quarkus.management.port", Integer.class));

    for (var probe : List.of("livenessProbe", "readinessProbe", "startupProbe")) {
      assertThat(resolvePort(at(container, probe, "httpGet", "port")))
          .as("%s's port", probe)
          .isEqualTo(httpPort(config));
    }
    assertIsLiveness((String) at(container, "livenessProbe", "httpGet", "path"));
    assertIsLiveness((String) at(container, "startupProbe", "httpGet", "path"));
    assertIsReadiness((String) at(container, "readinessProbe", "httpGet", "path"));
  }

  @Test
  void the_deployment_sets_only_variables_the_server_reads() {
    assertThat(server.unread(containerEnvironment().keySet())).isEmpty();
  }

  @Test
  void the_secret_provides_every_key_the_server_requires_outside_local_mode_and_no_real_one() {
    var secret = map(DeployFiles.kubernetes("Secret").get("stringData"));
    var required = new TreeSet<>(ServerKeys.REQUIRED);
    required.add(DATABASE_URL);
    assertThat(server.reads(DATABASE_URL)).as("documented in docs/configuration.md").isTrue();
    assertThat(secret.keySet()).containsAll(required);
    assertThat(envFromSecrets()).as("the Deployment takes the Secret").contains(secretName());
    for (var key : ServerKeys.REQUIRED) {
      assertThat(isUsableKey(String.valueOf(secret.get(key))))
          .as("%s in the Secret is a placeholder, never a key", key)
          .isFalse();
    }
  }

  @Test
  void
      the_deployment_runs_non_root_on_a_read_only_root_filesystem_with_its_writable_paths_mounted() {
    var pod = map(at(DeployFiles.kubernetes("Deployment"), "spec", "template", "spec"));
    var container = container();
    var security = map(container.get("securityContext"));
    assertThat(security.get("readOnlyRootFilesystem")).isEqualTo(true);
    assertThat(security.get("allowPrivilegeEscalation")).isEqualTo(false);
    assertThat(List.of(at(pod, "securityContext", "runAsNonRoot"), security.get("runAsNonRoot")))
        .contains(true);
    var mounts =
        list(container.get("volumeMounts")).stream()
            .map(m -> (String) map(m).get("mountPath"))
            .toList();
    for (var path : writtenPaths()) {
      if (!path.equals(image.environment().get("MASKER_DATA_DIR"))) {
        assertThat(mounts).as("a writable volume holding %s", path).anyMatch(m -> under(path, m));
      }
    }
  }

  @Test
  void the_grace_period_is_longer_than_everything_a_stop_takes() {
    var pod = map(at(DeployFiles.kubernetes("Deployment"), "spec", "template", "spec"));
    var preStop = at(container(), "lifecycle", "preStop", "exec", "command");
    var pause =
        preStop == null
            ? Duration.ZERO
            : Duration.ofSeconds(Long.parseLong(String.valueOf(list(preStop).get(1))));
    var stop = stopTakes(server.production(containerEnvironment())).plus(pause);
    assertThat(Duration.ofSeconds(((Number) pod.get("terminationGracePeriodSeconds")).longValue()))
        .as("longer than the preStop pause, the drain and the turn log's last write (%s)", stop)
        .isGreaterThan(stop);

    var compose = composeMaskers();
    for (var service : compose.entrySet()) {
      var environment = new LinkedHashMap<>(image.environment());
      environment.putAll(interpolated(composeEnvironment(service.getValue())));
      assertThat(seconds(service.getValue().get("stop_grace_period")))
          .as("%s's stop_grace_period", service.getKey())
          .isGreaterThan(stopTakes(server.production(environment)));
    }
  }

  @Test
  void the_service_and_the_disruption_budget_select_the_pods_and_expose_the_http_port_only() {
    var labels =
        map(at(DeployFiles.kubernetes("Deployment"), "spec", "template", "metadata", "labels"));
    var service = DeployFiles.kubernetes("Service");
    assertThat(labels).containsAllEntriesOf(map(at(service, "spec", "selector")));
    var ports = list(at(service, "spec", "ports"));
    assertThat(ports).hasSize(1);
    assertThat(resolvePort(map(ports.get(0)).get("targetPort")))
        .isEqualTo(httpPort(server.production(containerEnvironment())));

    var budget = DeployFiles.kubernetes("PodDisruptionBudget");
    assertThat(labels).containsAllEntriesOf(map(at(budget, "spec", "selector", "matchLabels")));
    assertThat((Integer) at(budget, "spec", "minAvailable")).isBetween(1, 1);

    var resources = map(container().get("resources"));
    for (var bound : List.of("requests", "limits")) {
      assertThat(map(resources.get(bound))).containsKeys("cpu", "memory");
    }
  }

  @Test
  void compose_runs_two_replicas_of_the_image_read_only_with_the_keys_from_the_environment() {
    var maskers = composeMaskers();
    assertThat(maskers).hasSize(2);
    var services = map(DeployFiles.compose().get("services"));
    for (var entry : maskers.entrySet()) {
      var service = entry.getValue();
      var environment = composeEnvironment(service);
      assertThat(service.get("read_only")).as(entry.getKey()).isEqualTo(true);
      var tmpfs =
          list(service.get("tmpfs")).stream().map(t -> String.valueOf(t).split(":")[0]).toList();
      for (var path : writtenPaths()) {
        if (!path.equals(image.environment().get("MASKER_DATA_DIR"))) {
          assertThat(tmpfs)
              .as("%s: a tmpfs holding %s", entry.getKey(), path)
              .anyMatch(t -> under(path, t));
        }
      }
      assertThat(server.unread(environment.keySet())).as(entry.getKey()).isEmpty();
      var withImage = new LinkedHashMap<>(image.environment());
      withImage.putAll(interpolated(environment));
      assertThat(httpPort(server.production(withImage)))
          .as("values the server accepts")
          .isPositive();
      assertThat(environment).containsKeys(ServerKeys.REQUIRED.toArray(String[]::new));
      assertThat(environment).containsKey(DATABASE_URL);
      for (var key : ServerKeys.REQUIRED) {
        assertThat(environment.get(key))
            .as("%s comes from the operator's environment, required", key)
            .matches("\\$\\{" + key + ":\\?[^}]+}");
      }
      var database = URI.create(environment.get(DATABASE_URL).replaceAll("\\$\\{[^}]*}", "x"));
      assertThat(services).as("the database host is a service").containsKey(database.getHost());
    }
  }

  @Test
  void nginx_balances_both_replicas_on_their_http_port_and_passes_streams_unbuffered() {
    var nginx = DeployFiles.nginx();
    var config = server.production(image.environment());
    var upstreams = new TreeSet<String>();
    var servers = Pattern.compile("(?m)^\\s*server\\s+([\\w.-]+):(\\d+)\\s*;").matcher(nginx);
    while (servers.find()) {
      assertThat(Integer.parseInt(servers.group(2))).isEqualTo(httpPort(config));
      upstreams.add(servers.group(1));
    }
    assertThat(upstreams).isEqualTo(new TreeSet<>(composeMaskers().keySet()));
    assertThat(nginx).containsPattern("(?m)^\\s*proxy_buffering\\s+off;");
    assertThat(nginx).containsPattern("(?m)^\\s*proxy_http_version\\s+1.1;");

    var body = Pattern.compile("client_max_body_size\\s+(\\d+)m;").matcher(nginx);
    assertThat(body.find()).as("a body limit").isTrue();
    assertThat(Long.parseLong(body.group(1)) << 20)
        .as("bodies the server answers 413 in its own envelope reach it")
        .isGreaterThan(config.getValue("masker.max-request-bytes", Long.class));
    var read = Pattern.compile("proxy_read_timeout\\s+(\\d+)s;").matcher(nginx);
    assertThat(read.find()).as("a read timeout").isTrue();
    assertThat(Duration.ofSeconds(Long.parseLong(read.group(1))))
        .as("longer than the server's own wait for the upstream")
        .isGreaterThan(
            Duration.ofMillis(config.getValue("masker.upstream-timeout-ms", Long.class)));

    var lb = map(map(DeployFiles.compose().get("services")).get("lb"));
    var address = at(lb, "networks", "masker", "ipv4_address");
    for (var masker : composeMaskers().values()) {
      assertThat(composeEnvironment(masker).get("QUARKUS_HTTP_PROXY_TRUSTED_PROXIES"))
          .as("only the load balancer is trusted with X-Forwarded-For")
          .isEqualTo(address);
    }
  }

  private static void assertIsLiveness(String path) {
    assertThat(path).isEqualTo(DeployFiles.LIVENESS);
  }

  private static void assertIsReadiness(String path) {
    assertThat(path).isEqualTo(DeployFiles.READINESS);
  }

  // --- The manifests ---------------------------------------------------------------------------

  private static Map<String, Object> container() {
    var containers =
        list(at(DeployFiles.kubernetes("Deployment"), "spec", "template", "spec", "containers"));
    assertThat(containers).hasSize(1);
    return map(containers.get(0));
  }

  private static Integer kubernetesUser() {
    var pod =
        at(
            DeployFiles.kubernetes("Deployment"),
            "spec",
            "template",
            "spec",
            "securityContext",
            "runAsUser");
    return pod == null ? (Integer) at(container(), "securityContext", "runAsUser") : (Integer) pod;
  }

  /** The container's variables as the server sees them: the image's, the Secrets', its own. */
  private Map<String, String> containerEnvironment() {
    var environment = new LinkedHashMap<>(image.environment());
    var secrets = envFromSecrets();
    for (var object : DeployFiles.kubernetesObjects()) {
      if ("Secret".equals(object.get("kind"))
          && secrets.contains((String) at(object, "metadata", "name"))) {
        map(object.get("stringData")).forEach((k, v) -> environment.put(k, String.valueOf(v)));
      }
    }
    for (var variable : list(container().get("env"))) {
      var entry = map(variable);
      environment.put((String) entry.get("name"), String.valueOf(entry.get("value")));
    }
    return environment;
  }

  private static List<String> envFromSecrets() {
    var names = new ArrayList<String>();
    for (var source : list(container().get("envFrom"))) {
      var name = at(source, "secretRef", "name");
      if (name != null) {
        names.add((String) name);
      }
    }
    return names;
  }

  private static String secretName() {
    return (String) at(DeployFiles.kubernetes("Secret"), "metadata", "name");
  }

  private static int resolvePort(Object port) {
    if (port instanceof Integer number) {
      return number;
    }
    return list(container().get("ports")).stream()
        .map(DeployFiles::map)
        .filter(p -> port.equals(p.get("name")))
        .map(p -> (Integer) p.get("containerPort"))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no container port named " + port));
  }

  /** The Compose services that run the image of deploy/Dockerfile (built, or by its tag). */
  private static Map<String, Map<String, Object>> composeMaskers() {
    var services = map(DeployFiles.compose().get("services"));
    var built = new TreeSet<String>();
    for (var service : services.values()) {
      if ("deploy/Dockerfile".equals(at(service, "build", "dockerfile"))) {
        built.add((String) map(service).get("image"));
      }
    }
    assertThat(built).as("one image built from deploy/Dockerfile").hasSize(1);
    var maskers = new LinkedHashMap<String, Map<String, Object>>();
    services.forEach(
        (name, service) -> {
          if (built.contains((String) map(service).get("image"))) {
            maskers.put(name, map(service));
          }
        });
    return maskers;
  }

  private static Map<String, String> composeEnvironment(Map<String, Object> service) {
    var environment = new LinkedHashMap<String, String>();
    map(service.get("environment")).forEach((k, v) -> environment.put(k, String.valueOf(v)));
    return environment;
  }

  /**
   * Variables as Compose hands them to the container: {@code ${NAME:-default}} is the default,
   * {@code ${NAME:?message}} a value the operator must give (here a stand-in).
   */
  private static Map<String, String> interpolated(Map<String, String> environment) {
    var result = new LinkedHashMap<String, String>();
    environment.forEach(
        (name, value) ->
            result.put(
                name,
                value
                    .replaceAll("\\$\\{[A-Z0-9_]+:-([^}]*)}", "$1")
                    .replaceAll("\\$\\{[A-Z0-9_]+:\\?[^}]*}", "given-by-the-operator")));
    return result;
  }

  /** The paths the image's server writes to: java.io.tmpdir, Vert.x's cache, crash files, data. */
  private Set<String> writtenPaths() {
    var paths = new TreeSet<String>();
    for (var argument : Dockerfile.execForm(single(image.all("ENTRYPOINT")))) {
      if (argument.startsWith("-Djava.io.tmpdir=")) {
        paths.add(argument.substring(argument.indexOf('=') + 1));
      } else if (argument.startsWith("-XX:ErrorFile=")) {
        var file = argument.substring(argument.indexOf('=') + 1);
        paths.add(file.substring(0, file.lastIndexOf('/')));
      }
    }
    for (var variable : List.of("QUARKUS_VERTX_CACHE_DIRECTORY", "MASKER_DATA_DIR")) {
      if (image.environment().containsKey(variable)) {
        paths.add(image.environment().get(variable));
      }
    }
    return paths;
  }

  // --- Small things ----------------------------------------------------------------------------

  private static int httpPort(SmallRyeConfig config) {
    return config.getValue("quarkus.http.port", Integer.class);
  }

  /**
   * How long a stop takes at most: the pre-shutdown delay and the drain of requests in flight
   * ({@code quarkus.shutdown.delay}, {@code quarkus.shutdown.timeout}; unset, Quarkus does not
   * wait), then the turn log's last write ({@code masker.turn-log.shutdown-wait}).
   */
  private static Duration stopTakes(SmallRyeConfig config) {
    return ServerEnvironment.duration(config, "quarkus.shutdown.delay")
        .plus(ServerEnvironment.duration(config, "quarkus.shutdown.timeout"))
        .plus(ServerEnvironment.duration(config, "masker.turn-log.shutdown-wait"));
  }

  private static Duration seconds(Object value) {
    var text = String.valueOf(value);
    return SECONDS.matcher(text).matches()
        ? Duration.ofSeconds(Long.parseLong(text.replace("s", "")))
        : DurationConverter.parseDuration(text);
  }

  private static boolean under(String path, String directory) {
    return path.equals(directory)
        || path.startsWith(directory.endsWith("/") ? directory : directory + "/");
  }

  private static boolean isUsableKey(String value) {
    try {
      return Base64.getDecoder().decode(value.strip()).length == 32;
    } catch (IllegalArgumentException notBase64) {
      return false;
    }
  }

  private static String single(List<String> values) {
    assertThat(values).hasSize(1);
    return values.get(0);
  }
}
