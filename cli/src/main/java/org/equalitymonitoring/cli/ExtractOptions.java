package org.equalitymonitoring.cli;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Optional;
import org.equalitymonitoring.io.CsvFormatException;
import picocli.CommandLine.Option;

/** The options that say how an extract is written: its delimiter, character set and sheet. */
final class ExtractOptions {
  @Option(
      names = "--delimiter",
      paramLabel = "CHAR",
      description =
          "the character between fields of a CSV extract: , ; tab (or \\t) or | (default: the one"
              + " the header line uses most)")
  String delimiter;

  @Option(
      names = "--encoding",
      paramLabel = "CHARSET",
      description =
          "the character set of a CSV extract, such as windows-1252 or ISO-8859-1 (default: UTF-8,"
              + " with or without a byte-order mark)")
  String encoding;

  @Option(
      names = "--sheet",
      paramLabel = "NAME",
      description = "the sheet of an .xlsx workbook to read (default: the first)")
  String sheet;

  /** Returns the delimiter given, or empty to detect it. */
  Optional<Character> delimiter() {
    if (delimiter == null) {
      return Optional.empty();
    }
    switch (delimiter) {
      case ",":
      case ";":
      case "|":
        return Optional.of(delimiter.charAt(0));
      case "tab":
      case "\\t":
      case "\t":
        return Optional.of('\t');
      default:
        throw new UsageException(
            "--delimiter must be , ; tab or |, got " + CsvFormatException.quote(delimiter));
    }
  }

  /** Returns the character set given, or UTF-8. */
  Charset charset() {
    if (encoding == null) {
      return StandardCharsets.UTF_8;
    }
    try {
      return Charset.forName(encoding.strip());
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      throw new UsageException(
          "--encoding: unknown character set "
              + CsvFormatException.quote(encoding)
              + "; use a Java name such as UTF-8, windows-1252 or ISO-8859-1");
    }
  }

  /** Returns the sheet given, or empty for the first. */
  Optional<String> sheet() {
    return Optional.ofNullable(sheet);
  }

  /** Tells whether an option that applies to CSV text only was given. */
  boolean textOptionGiven() {
    return delimiter != null || encoding != null;
  }
}
