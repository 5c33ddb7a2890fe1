package org.equalitymonitoring.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The result of a {@code statistics} subcommand: settings (such as the confidence level and method)
 * and a table of rows, written as text, JSON or CSV. A cell is text ({@link String}), a count
 * ({@link Long}), a figure ({@link Double}, four decimal places in text and CSV, full precision in
 * JSON) or absent ({@code null}: "-" in text, empty in CSV, null in JSON). In CSV every row repeats
 * the settings in trailing columns, so that each row says how it was computed.
 */
final class StatisticsTable {
  private final Map<String, Object> settings = new LinkedHashMap<>();
  private final List<String> columns;
  private final List<Object[]> rows = new ArrayList<>();

  StatisticsTable(List<String> columns) {
    this.columns = List.copyOf(columns);
  }

  StatisticsTable setting(String name, Object value) {
    settings.put(name, value);
    return this;
  }

  void add(Object... cells) {
    if (cells.length != columns.size()) {
      throw new IllegalStateException(cells.length + " cells for " + columns);
    }
    rows.add(cells.clone());
  }

  void write(Format format, PrintWriter out) {
    switch (format) {
      case json:
        writeJson(out);
        break;
      case csv:
        writeCsv(out);
        break;
      default:
        writeText(out);
    }
    out.flush();
  }

  private void writeText(PrintWriter out) {
    settings.forEach((name, value) -> out.println(name + ": " + text(value, "-")));
    int[] widths = new int[columns.size()];
    for (int c = 0; c < widths.length; c++) {
      widths[c] = columns.get(c).length();
      for (Object[] row : rows) {
        widths[c] = Math.max(widths[c], text(row[c], "-").length());
      }
    }
    out.println();
    out.println(line(columns.toArray(), widths));
    for (Object[] row : rows) {
      out.println(line(row, widths));
    }
  }

  private static String line(Object[] cells, int[] widths) {
    StringBuilder line = new StringBuilder();
    for (int c = 0; c < cells.length; c++) {
      String cell = text(cells[c], "-");
      line.append(c == 0 ? "" : "  ").append(cell);
      if (c < cells.length - 1) {
        line.append(" ".repeat(widths[c] - cell.length()));
      }
    }
    return line.toString();
  }

  private void writeCsv(PrintWriter out) {
    List<String> header = new ArrayList<>(columns);
    header.addAll(settings.keySet());
    out.println(csvLine(header.toArray()));
    Object[] trailing = settings.values().toArray();
    for (Object[] row : rows) {
      Object[] cells = Arrays.copyOf(row, row.length + trailing.length);
      System.arraycopy(trailing, 0, cells, row.length, trailing.length);
      out.println(csvLine(cells));
    }
  }

  private static String csvLine(Object[] cells) {
    StringBuilder line = new StringBuilder();
    for (int c = 0; c < cells.length; c++) {
      if (c > 0) {
        line.append(',');
      }
      if (cells[c] instanceof String) {
        Csv.append(line, (String) cells[c]);
      } else {
        line.append(text(cells[c], ""));
      }
    }
    return line.toString();
  }

  private static String text(Object cell, String absent) {
    if (cell == null) {
      return absent;
    }
    if (cell instanceof Double) {
      return Csv.figure((Double) cell);
    }
    return cell.toString();
  }

  private void writeJson(PrintWriter out) {
    try (JsonGenerator json = JsonOutput.generator(out)) {
      json.writeStartObject();
      for (Map.Entry<String, Object> setting : settings.entrySet()) {
        json.writeFieldName(setting.getKey());
        writeJson(json, setting.getValue());
      }
      json.writeArrayFieldStart("rows");
      for (Object[] row : rows) {
        json.writeStartObject();
        for (int c = 0; c < row.length; c++) {
          json.writeFieldName(columns.get(c));
          writeJson(json, row[c]);
        }
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.println();
  }

  private static void writeJson(JsonGenerator json, Object value) throws IOException {
    if (value instanceof Double && Double.isFinite((Double) value)) {
      json.writeNumber((Double) value);
    } else if (value instanceof Long) {
      json.writeNumber((Long) value);
    } else if (value == null || value instanceof Double) {
      json.writeNull();
    } else {
      json.writeString(value.toString());
    }
  }
}
