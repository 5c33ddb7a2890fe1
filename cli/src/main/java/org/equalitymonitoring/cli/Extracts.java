package org.equalitymonitoring.cli;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.equalitymonitoring.io.CsvReader;
import org.equalitymonitoring.io.StrictReader;

/**
 * Opens record extracts for reading, counting bytes for progress: a CSV file, a gzip-compressed CSV
 * file (its name ends in {@code .gz}), standard input (the name {@code -}), which may be a pipe, or
 * a sheet of an Excel workbook (its name ends in {@code .xlsx}). CSV text is decoded in the
 * character set of the {@link ExtractOptions} and split at their delimiter or the one detected from
 * the header line.
 */
final class Extracts {
  private Extracts() {}

  /** The most bytes read ahead to tell whether standard input is JSON. */
  private static final int LOOK_AHEAD = 1 << 16;

  // Standard input, buffered once per System.in so that bytes read ahead are not lost.
  private static InputStream standardInputSource;
  private static BufferedInputStream standardInput;

  /** Whether the name stands for standard input. */
  static boolean isStandardInput(Path file) {
    return file.toString().equals("-");
  }

  /** Returns standard input, buffered; the same stream for every call while System.in is. */
  static synchronized BufferedInputStream standardInput() {
    if (standardInput == null || standardInputSource != System.in) {
      standardInputSource = System.in;
      standardInput = new BufferedInputStream(System.in, LOOK_AHEAD);
    }
    return standardInput;
  }

  /**
   * Whether standard input starts, after white space and a byte-order mark, with a JSON object:
   * FHIR resources, not CSV. Nothing is consumed.
   */
  static boolean standardInputIsJson() {
    BufferedInputStream in = standardInput();
    in.mark(LOOK_AHEAD);
    try {
      for (int read = 0; read < LOOK_AHEAD; read++) {
        int next = in.read();
        if (next != ' ' && next != '\t' && next != '\r' && next != '\n' && !isByteOrderMark(next)) {
          return next == '{';
        }
      }
      return false;
    } catch (IOException e) {
      throw new InputException("standard input: cannot be read (" + e.getMessage() + ")", e);
    } finally {
      try {
        in.reset();
      } catch (IOException e) {
        throw new InputException("standard input: cannot be read (" + e.getMessage() + ")", e);
      }
    }
  }

  /** Whether a byte is one of the UTF-8 byte-order mark's (EF BB BF). */
  private static boolean isByteOrderMark(int b) {
    return b == 0xEF || b == 0xBB || b == 0xBF;
  }

  /**
   * The size of the file in bytes, for progress; -1 for standard input, a compressed file or a
   * workbook, whose bytes are not read in order.
   */
  static long size(Path file) {
    if (isStandardInput(file) || file.toString().endsWith(".gz") || XlsxSheet.isWorkbook(file)) {
      return -1;
    }
    try {
      return Files.size(file);
    } catch (IOException e) {
      return -1;
    }
  }

  /**
   * Whether the extract is a file of UTF-8 CSV text that can be read at any position, not standard
   * input, a compressed file, a workbook, FHIR resources or text in another character set.
   */
  static boolean isPlainUtf8(Path file, ExtractOptions options) {
    return !isStandardInput(file)
        && !file.toString().endsWith(".gz")
        && !XlsxSheet.isWorkbook(file)
        && !PatientSheet.isPatients(file)
        && Files.isRegularFile(file)
        && options.charset().equals(StandardCharsets.UTF_8);
  }

  /** The name of the extract in messages and reports. */
  static String name(Path file) {
    return isStandardInput(file) ? "standard input" : file.toString();
  }

  static CsvReader open(Path file, Progress progress, ExtractOptions options) {
    if (XlsxSheet.isWorkbook(file)) {
      if (options.textOptionGiven()) {
        throw new UsageException("--delimiter and --encoding apply to CSV extracts, not .xlsx");
      }
      return CsvReader.of(XlsxSheet.open(file, options.sheet()), name(file), ',');
    }
    if (options.sheet().isPresent()) {
      throw new UsageException("--sheet applies to .xlsx workbooks, not CSV extracts");
    }
    Optional<Character> delimiter = options.delimiter();
    Charset charset = options.charset();
    try {
      InputStream in = isStandardInput(file) ? standardInput() : Files.newInputStream(file);
      InputStream counted = progress.counting(in);
      if (file.toString().endsWith(".gz")) {
        counted = new GZIPInputStream(counted, 1 << 16);
      }
      StrictReader text = StrictReader.of(counted, charset);
      return delimiter.isPresent()
          ? CsvReader.of(text, name(file), delimiter.get())
          : CsvReader.detecting(text, name(file));
    } catch (NoSuchFileException e) {
      throw new InputException(file + ": file not found");
    } catch (IOException e) {
      throw new InputException(name(file) + ": cannot be read (" + e.getMessage() + ")", e);
    }
  }
}
