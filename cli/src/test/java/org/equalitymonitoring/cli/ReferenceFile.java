package org.equalitymonitoring.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Reads the published reference files copied byte for byte into src/test/resources/reference
 * (provenance in its PROVENANCE.md), so that the tests need nothing outside the repository.
 */
final class ReferenceFile {
  private ReferenceFile() {}

  /** Returns the lines of a reference file, without their line ends (LF or CRLF). */
  static List<String> lines(String relativePath) throws IOException {
    try (InputStream in = ReferenceFile.class.getResourceAsStream("/reference/" + relativePath)) {
      if (in == null) {
        throw new IllegalStateException(
            "no reference file " + relativePath + " in src/test/resources/reference");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    }
  }
}
