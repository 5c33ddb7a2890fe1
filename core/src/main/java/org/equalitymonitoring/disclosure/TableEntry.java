package org.equalitymonitoring.disclosure;

import java.util.Objects;

/**
 * One entry of a table extended by its totals: a cell, a row total, a column total or the grand
 * total. Used to name entries that must be suppressed because the same figure is suppressed in
 * another table of the same publication ({@link DisclosurePolicy#applyTo(CountTable,
 * java.util.Set)}).
 *
 * <p>Immutable and thread-safe.
 */
public final class TableEntry {
  private static final int TOTAL = -1;

  private final int row;
  private final int column;

  private TableEntry(int row, int column) {
    this.row = row;
    this.column = column;
  }

  /**
   * Returns a cell.
   *
   * @param row the row, {@code >= 0}
   * @param column the column, {@code >= 0}
   * @return the entry
   * @throws IllegalArgumentException if {@code row} or {@code column} is negative
   */
  public static TableEntry cell(int row, int column) {
    return new TableEntry(index(row, "row"), index(column, "column"));
  }

  /**
   * Returns the total of a row.
   *
   * @param row the row, {@code >= 0}
   * @return the entry
   * @throws IllegalArgumentException if {@code row} is negative
   */
  public static TableEntry rowTotal(int row) {
    return new TableEntry(index(row, "row"), TOTAL);
  }

  /**
   * Returns the total of a column.
   *
   * @param column the column, {@code >= 0}
   * @return the entry
   * @throws IllegalArgumentException if {@code column} is negative
   */
  public static TableEntry columnTotal(int column) {
    return new TableEntry(TOTAL, index(column, "column"));
  }

  /**
   * Returns the grand total.
   *
   * @return the entry
   */
  public static TableEntry grandTotal() {
    return new TableEntry(TOTAL, TOTAL);
  }

  private static int index(int index, String what) {
    if (index < 0) {
      throw new IllegalArgumentException(what + " is " + index + ": it must be >= 0");
    }
    return index;
  }

  /**
   * The row of the extended table: {@code rows} for the column totals and the grand total.
   *
   * @throws IndexOutOfBoundsException if the entry's row is not a row of a table of {@code rows}
   */
  int extendedRow(int rows) {
    return row == TOTAL ? rows : Objects.checkIndex(row, rows);
  }

  /**
   * The column of the extended table: {@code columns} for the row totals and the grand total.
   *
   * @throws IndexOutOfBoundsException if the entry's column is not a column of the table
   */
  int extendedColumn(int columns) {
    return column == TOTAL ? columns : Objects.checkIndex(column, columns);
  }

  static TableEntry ofExtended(int row, int column, int rows, int columns) {
    return new TableEntry(row == rows ? TOTAL : row, column == columns ? TOTAL : column);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof TableEntry
        && ((TableEntry) other).row == row
        && ((TableEntry) other).column == column;
  }

  @Override
  public int hashCode() {
    return 31 * row + column;
  }

  /**
   * Returns a diagnostic form, for example {@code cell(2, 0)} or {@code grandTotal}.
   *
   * @return a non-empty string
   */
  @Override
  public String toString() {
    if (row == TOTAL && column == TOTAL) {
      return "grandTotal";
    }
    if (row == TOTAL) {
      return "columnTotal(" + column + ")";
    }
    if (column == TOTAL) {
      return "rowTotal(" + row + ")";
    }
    return "cell(" + row + ", " + column + ")";
  }
}
