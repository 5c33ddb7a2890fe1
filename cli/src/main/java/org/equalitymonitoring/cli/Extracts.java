package org.equalitymonitoring.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.equalitymonitoring.io.CsvReader;
import org.equalitymonitoring.io.Utf8Reader;

/** Opens record extracts for reading, counting bytes for progress. */
final class Extracts {
  private Extracts() {}

  static CsvReader open(Path file, Progress progress) {
    try {
      return CsvReader.of(
          Utf8Reader.of(progress.counting(Files.newInputStream(file))), file.toString());
    } catch (NoSuchFileException e) {
      throw new InputException(file + ": file not found");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }
}
