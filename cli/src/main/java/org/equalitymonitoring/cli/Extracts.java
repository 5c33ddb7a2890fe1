package org.equalitymonitoring.cli;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.equalitymonitoring.io.CsvReader;
import org.equalitymonitoring.io.Utf8Reader;

/**
 * Opens record extracts for reading, counting bytes for progress: a file, a gzip-compressed file
 * (its name ends in {@code .gz}), or standard input (the name {@code -}), which may be a pipe.
 */
final class Extracts {
  private Extracts() {}

  /** Whether the name stands for standard input. */
  static boolean isStandardInput(Path file) {
    return file.toString().equals("-");
  }

  /** The size of the file in bytes, for progress; -1 for standard input or a compressed file. */
  static long size(Path file) {
    if (isStandardInput(file) || file.toString().endsWith(".gz")) {
      return -1;
    }
    try {
      return Files.size(file);
    } catch (IOException e) {
      return -1;
    }
  }

  /** The name of the extract in messages and reports. */
  static String name(Path file) {
    return isStandardInput(file) ? "standard input" : file.toString();
  }

  static CsvReader open(Path file, Progress progress) {
    try {
      InputStream in =
          isStandardInput(file) ? new BufferedInputStream(System.in) : Files.newInputStream(file);
      InputStream counted = progress.counting(in);
      if (file.toString().endsWith(".gz")) {
        counted = new GZIPInputStream(counted, 1 << 16);
      }
      return CsvReader.of(Utf8Reader.of(counted), name(file));
    } catch (NoSuchFileException e) {
      throw new InputException(file + ": file not found");
    } catch (IOException e) {
      throw new InputException(name(file) + ": cannot be read (" + e.getMessage() + ")", e);
    }
  }
}
