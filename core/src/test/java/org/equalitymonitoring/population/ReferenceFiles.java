package org.equalitymonitoring.population;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the reference CSV files copied into src/test/resources/reference as published (UTF-8 with
 * or without BOM, CRLF or LF, RFC 4180 quoting). Written independently of {@link
 * org.equalitymonitoring.io.PopulationCsv} and the {@link org.equalitymonitoring.io.CsvReader} it
 * reads with, so that checks do not share code with what they check.
 */
final class ReferenceFiles {
  private ReferenceFiles() {}

  static List<Map<String, String>> read(String relativePath) {
    String text = text(relativePath);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
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
      } else if (c == '\n') {
        record.add(field.toString());
        field.setLength(0);
        records.add(record);
        record = new ArrayList<>();
      } else if (c != '\r') {
        field.append(c);
      }
    }
    if (field.length() > 0 || !record.isEmpty()) {
      record.add(field.toString());
      records.add(record);
    }
    List<String> header = records.get(0);
    List<Map<String, String>> rows = new ArrayList<>();
    for (List<String> r : records.subList(1, records.size())) {
      Map<String, String> row = new LinkedHashMap<>();
      for (int i = 0; i < header.size(); i++) {
        row.put(header.get(i), r.get(i));
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
    try (InputStream in = ReferenceFiles.class.getResourceAsStream("/reference/" + relativePath)) {
      if (in == null) {
        throw new IllegalStateException(
            "no reference file " + relativePath + " in src/test/resources/reference");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns the TS021 row whose label is given. */
  static Map<String, String> ts021Row(String label) {
    return read("census/census2021_ts021_ethnic_group_19cat_by_region_england_wales.csv").stream()
        .filter(row -> row.get("ethnic_group_census2021").equals(label))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("no TS021 row " + label));
  }
}
