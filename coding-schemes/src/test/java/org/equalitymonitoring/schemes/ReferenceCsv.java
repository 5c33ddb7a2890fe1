package org.equalitymonitoring.schemes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the reference CSV files copied into src/test/resources/reference exactly as published:
 * UTF-8 with or without a byte-order mark, CRLF or LF line ends, RFC 4180 quoting. Written
 * independently of the library so that the comparison does not share code with what it checks.
 */
final class ReferenceCsv {
  private ReferenceCsv() {}

  /** Returns the rows of a file as header-to-value maps. */
  static List<Map<String, String>> read(String relativePath) {
    String text = text(relativePath);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    List<List<String>> records = parse(text);
    List<String> header = records.get(0);
    List<Map<String, String>> rows = new ArrayList<>();
    for (List<String> record : records.subList(1, records.size())) {
      if (record.size() == 1 && record.get(0).isEmpty()) {
        continue;
      }
      Map<String, String> row = new LinkedHashMap<>();
      for (int i = 0; i < header.size(); i++) {
        row.put(header.get(i), i < record.size() ? record.get(i) : "");
      }
      rows.add(row);
    }
    return rows;
  }

  /**
   * Returns the whole of a copied reference file, read from the test class path under {@code
   * /reference/} (src/test/resources/reference, provenance in its PROVENANCE.md).
   */
  private static String text(String relativePath) {
    try (InputStream in = ReferenceCsv.class.getResourceAsStream("/reference/" + relativePath)) {
      if (in == null) {
        throw new IllegalStateException(
            "no reference file " + relativePath + " in src/test/resources/reference");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<List<String>> parse(String text) {
    List<List<String>> records = new ArrayList<>();
    List<String> record = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        record.add(field.toString());
        field.setLength(0);
      } else if (c == '\r') {
        continue;
      } else if (c == '\n') {
        record.add(field.toString());
        field.setLength(0);
        records.add(record);
        record = new ArrayList<>();
      } else {
        field.append(c);
      }
    }
    if (field.length() > 0 || !record.isEmpty()) {
      record.add(field.toString());
      records.add(record);
    }
    return records;
  }
}
