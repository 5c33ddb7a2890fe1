package org.equalitymonitoring.cli;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.equalitymonitoring.io.CsvReader;

/** Opens record extracts for reading, counting bytes for progress. */
final class Extracts {
  private Extracts() {}

  static CsvReader open(Path file, Progress progress) {
    try {
      return CsvReader.of(
          new InputStreamReader(
              progress.counting(new BufferedInputStream(Files.newInputStream(file), 1 << 16)),
              StandardCharsets.UTF_8
                  .newDecoder()
                  .onMalformedInput(CodingErrorAction.REPORT)
                  .onUnmappableCharacter(CodingErrorAction.REPORT)),
          file.toString());
    } catch (NoSuchFileException e) {
      throw new InputException(file + ": file not found");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }
}
