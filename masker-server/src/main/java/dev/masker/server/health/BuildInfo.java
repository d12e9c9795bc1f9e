package dev.masker.server.health;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** What was built: version, commit and time, written into the jar by the Maven build. */
public record BuildInfo(String version, String commit, String builtAt) {
  private static final String RESOURCE = "/masker-build.properties";

  public static BuildInfo load() {
    var properties = new Properties();
    try (InputStream in = BuildInfo.class.getResourceAsStream(RESOURCE)) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new BuildInfo(
        properties.getProperty("version", "unknown"),
        properties.getProperty("commit", "unknown"),
        properties.getProperty("built_at", "unknown"));
  }
}
