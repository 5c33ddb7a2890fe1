package org.equalitymonitoring.report;

import java.util.List;
import java.util.Optional;

/**
 * An accessible HTML table (a caption, column headers with scope, row headers), written by the
 * template {@code table.jte}, which escapes every caption, header and cell.
 */
final class Table {
  /** One cell: its text, shown plain, in bold, or in a span of a class (such as a RAG label). */
  static final class Cell {
    final String text;
    final Optional<String> spanClass;
    final boolean strong;

    private Cell(String text, Optional<String> spanClass, boolean strong) {
      this.text = text;
      this.spanClass = spanClass;
      this.strong = strong;
    }

    static Cell of(String text) {
      return new Cell(text, Optional.empty(), false);
    }

    static Cell strong(String text) {
      return new Cell(text, Optional.empty(), true);
    }

    static Cell span(String spanClass, String text) {
      return new Cell(text, Optional.of(spanClass), false);
    }
  }

  final String caption;
  final List<String> headers;
  final List<List<Cell>> rows;
  final boolean[] numeric;

  private Table(String caption, List<String> headers, List<List<Cell>> rows, boolean[] numeric) {
    this.caption = caption;
    this.headers = headers;
    this.rows = rows;
    this.numeric = numeric;
  }

  /**
   * Appends a table.
   *
   * @param caption what the table shows
   * @param headers column headings; the first labels the row-header column
   * @param rows rows of cells; the first cell is the row header
   * @param numeric which columns hold numbers (right-aligned), as {@link #numeric(String)}
   */
  static void append(
      StringBuilder out,
      String caption,
      List<String> headers,
      List<List<Cell>> rows,
      boolean[] numeric) {
    Templates.render("table.jte", of(caption, headers, rows, numeric), out);
  }

  /** Returns a table to pass to a template, as {@link #append}. */
  static Table of(String caption, List<String> headers, List<List<Cell>> rows, boolean[] numeric) {
    return new Table(caption, headers, rows, numeric);
  }

  /** Returns a row of plain-text cells. */
  static List<Cell> cells(String... texts) {
    List<Cell> row = new java.util.ArrayList<>(texts.length);
    for (String text : texts) {
      row.add(Cell.of(text));
    }
    return row;
  }

  /** Returns the numeric columns of a pattern such as {@code "tnn"}: 'n' for numbers. */
  static boolean[] numeric(String pattern) {
    boolean[] result = new boolean[pattern.length()];
    for (int i = 0; i < pattern.length(); i++) {
      result[i] = pattern.charAt(i) == 'n';
    }
    return result;
  }
}
