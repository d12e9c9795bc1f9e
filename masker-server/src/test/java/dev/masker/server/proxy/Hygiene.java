package dev.masker.server.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masker.server.DatabaseDump;
import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Searches the test log and a dump of every table for the planted values (SPEC §5: no event, log
 * line or metric ever holds an original value). Each proxy test class runs it after its tests, so
 * it holds whatever order the classes run in.
 */
final class Hygiene {
  static final Path LOG = Path.of("target", "masker-test.log");

  private Hygiene() {}

  /**
   * Neither the log nor any table holds a value of {@link Phi#ALL} or one of {@code secrets}, as it
   * is or JSON-escaped.
   */
  static void assertNoPlantedValueLeaked(String... secrets) throws Exception {
    var log = logOfThisRun();
    var dump = dumpEveryTable();
    assertThat(log).as("the test log").contains("/proxy/agt_");
    var values = new ArrayList<String>(Phi.ALL);
    values.addAll(List.of(secrets));
    for (var value : values) {
      for (var form : new LinkedHashSet<>(List.of(value, Behaviours.ascii(value)))) {
        assertThat(log).as("the test log").doesNotContain(form);
        assertThat(dump).as("the database").doesNotContain(form);
      }
    }
  }

  /**
   * Every log file this JVM wrote: the current one and those rotated away when Quarkus restarted
   * for another resource set.
   */
  static String logOfThisRun() throws IOException {
    long started = ManagementFactory.getRuntimeMXBean().getStartTime();
    var log = new StringBuilder();
    try (var files = Files.list(LOG.getParent())) {
      for (var file :
          files
              .filter(f -> f.getFileName().toString().startsWith(LOG.getFileName().toString()))
              .toList()) {
        if (Files.getLastModifiedTime(file).toMillis() >= started) {
          log.append(Files.readString(file));
        }
      }
    }
    return log.toString();
  }

  /** Every row of every table of the public schema, as text. */
  static String dumpEveryTable() throws SQLException {
    var dump = DatabaseDump.everyTable(Arc.container().instance(AgroalDataSource.class).get());
    assertThat(dump).as("the dump holds the agents").contains("Agent m-");
    return dump;
  }
}
