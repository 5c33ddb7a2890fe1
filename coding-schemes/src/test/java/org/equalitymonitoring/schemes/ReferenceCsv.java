package org.equalitymonitoring.schemes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the reference CSV files in ../shared/reference exactly as published: UTF-8 with or without
 * a byte-order mark, CRLF or LF line ends, RFC 4180 quoting. Written independently of the library
 * so that the comparison does not share code with what it checks.
 */
final class ReferenceCsv {
  private ReferenceCsv() {}

  static Path directory() {
    String configured = System.getProperty("reference.dir");
    Path dir = Path.of(configured == null ? "../../shared/reference" : configured).normalize();
    if (!Files.isDirectory(dir)) {
      throw new IllegalStateException(
          "reference data not found at "
              + dir.toAbsolutePath()
              + "; shared/ must sit beside the clone");
    }
    return dir;
  }

  /** Returns the rows of a file as header-to-value maps. */
  static List<Map<String, String>> read(String relativePath) {
    String text;
    try {
      text = Files.readString(directory().resolve(relativePath), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
