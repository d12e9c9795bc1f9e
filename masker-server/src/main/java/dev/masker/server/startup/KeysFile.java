package dev.masker.server.startup;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Properties;
import java.util.function.Supplier;

/**
 * {@code <data dir>/keys.properties} of local mode: the generated keys ({@link ServerKeys}) and the
 * local database's password ({@code LocalDatabase}), as {@code NAME=value} lines. Written through a
 * temporary file created with mode 0600 and moved into place, so it is never readable by others,
 * not even for a moment; entries already there are kept as they are.
 */
public final class KeysFile {
  public static final String NAME = "keys.properties";

  private KeysFile() {}

  /** What the file holds; empty when there is no file yet. */
  public static Properties read(Path file) {
    var stored = new Properties();
    if (Files.exists(file)) {
      try (Reader in = Files.newBufferedReader(file)) {
        stored.load(in);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + file, e);
      }
    }
    return stored;
  }

  /**
   * The file's entries after adding, for each of {@code names} it lacks, a value from {@code
   * generate}; the file is rewritten only when something was added.
   */
  public static Properties withEntries(Path file, List<String> names, Supplier<String> generate) {
    var stored = read(file);
    boolean changed = false;
    for (var name : names) {
      if (stored.getProperty(name) == null) {
        stored.setProperty(name, generate.get());
        changed = true;
      }
    }
    if (changed) {
      write(file, stored);
    }
    return stored;
  }

  private static void write(Path file, Properties entries) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      var temp = file.resolveSibling(NAME + ".new");
      Files.deleteIfExists(temp);
      Files.createFile(
          temp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      try (Writer out = Files.newBufferedWriter(temp)) {
        entries.store(
            out, "Masker local-mode keys. Keep secret; production sets them in the environment.");
      }
      Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }
}
