package org.equalitymonitoring.disclosure;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * An immutable table of non-negative counts, rows × columns, with its row totals, column totals and
 * grand total, as input to a {@link DisclosurePolicy}.
 *
 * <p>A one-way table (a list of counts, for example by ethnic category) is a table with a single
 * column; its row totals equal its counts and its single column total equals the grand total. The
 * totals are always the sums of the unrounded counts, from which a policy derives the published
 * totals ({@code STATISTICAL-METHODS.md} §9, Ofqual: "totals and percentages come from unrounded
 * values").
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class CountTable {
  private final long[][] counts;
  private final long[] rowTotals;
  private final long[] columnTotals;
  private final long grandTotal;

  private CountTable(long[][] counts) {
    this.counts = counts;
    int rows = counts.length;
    int columns = counts[0].length;
    this.rowTotals = new long[rows];
    this.columnTotals = new long[columns];
    long grand = 0;
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < columns; c++) {
        long count = counts[r][c];
        rowTotals[r] = add(rowTotals[r], count, "row " + r + " total");
        columnTotals[c] = add(columnTotals[c], count, "column " + c + " total");
        grand = add(grand, count, "grand total");
      }
    }
    this.grandTotal = grand;
  }

  private static long add(long sum, long count, String what) {
    try {
      return Math.addExact(sum, count);
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException(
          what + " overflows: " + sum + " + " + count + " exceeds " + Long.MAX_VALUE, e);
    }
  }

  /**
   * Returns a table of the given counts, copied.
   *
   * @param counts {@code counts[row][column]}; at least one row and one column, every row the same
   *     length, every count {@code >= 0}, and every total at most {@link Long#MAX_VALUE}
   * @return the table
   * @throws NullPointerException if {@code counts} or any row is null
   * @throws IllegalArgumentException if there are no rows or no columns, the rows are ragged, a
   *     count is negative, or a total overflows; the message quotes the bad value and the rule
   */
  public static CountTable of(long[][] counts) {
    Objects.requireNonNull(counts, "counts must not be null");
    if (counts.length == 0) {
      throw new IllegalArgumentException("counts has 0 rows: a table must have at least one row");
    }
    long[][] copy = new long[counts.length][];
    for (int r = 0; r < counts.length; r++) {
      if (counts[r] == null) {
        throw new NullPointerException("row " + r + " is null: rows must not be null");
      }
      copy[r] = counts[r].clone();
    }
    return new CountTable(validated(copy));
  }

  /**
   * Returns a table of the given counts, copied.
   *
   * @param rows the counts row by row; at least one row and one column, every row the same length,
   *     every count {@code >= 0}, and every total at most {@link Long#MAX_VALUE}
   * @return the table
   * @throws NullPointerException if {@code rows}, any row or any count is null
   * @throws IllegalArgumentException if there are no rows or no columns, the rows are ragged, a
   *     count is negative, or a total overflows; the message quotes the bad value and the rule
   */
  public static CountTable of(List<? extends List<Long>> rows) {
    Objects.requireNonNull(rows, "rows must not be null");
    if (rows.isEmpty()) {
      throw new IllegalArgumentException("rows has 0 rows: a table must have at least one row");
    }
    long[][] copy = new long[rows.size()][];
    for (int r = 0; r < rows.size(); r++) {
      List<Long> row = rows.get(r);
      if (row == null) {
        throw new NullPointerException("row " + r + " is null: rows must not be null");
      }
      copy[r] = new long[row.size()];
      for (int c = 0; c < row.size(); c++) {
        Long count = row.get(c);
        if (count == null) {
          throw new NullPointerException(
              "count at row " + r + ", column " + c + " is null: counts must not be null");
        }
        copy[r][c] = count;
      }
    }
    return new CountTable(validated(copy));
  }

  /**
   * Returns a one-way table: a single column holding the given counts, one per row.
   *
   * @param counts at least one count, each {@code >= 0}, summing to at most {@link Long#MAX_VALUE}
   * @return the single-column table
   * @throws NullPointerException if {@code counts} is null
   * @throws IllegalArgumentException if {@code counts} is empty, a count is negative or the total
   *     overflows
   */
  public static CountTable oneWay(long... counts) {
    Objects.requireNonNull(counts, "counts must not be null");
    if (counts.length == 0) {
      throw new IllegalArgumentException(
          "counts has 0 entries: a one-way table must have at least one count");
    }
    long[][] column = new long[counts.length][];
    for (int r = 0; r < counts.length; r++) {
      column[r] = new long[] {counts[r]};
    }
    return new CountTable(validated(column));
  }

  private static long[][] validated(long[][] counts) {
    int columns = counts[0].length;
    if (columns == 0) {
      throw new IllegalArgumentException(
          "row 0 has 0 columns: a table must have at least one column");
    }
    for (int r = 0; r < counts.length; r++) {
      if (counts[r].length != columns) {
        throw new IllegalArgumentException(
            "row "
                + r
                + " has "
                + counts[r].length
                + " columns but row 0 has "
                + columns
                + ": every row must have the same number of columns");
      }
      for (int c = 0; c < columns; c++) {
        if (counts[r][c] < 0) {
          throw new IllegalArgumentException(
              "count at row "
                  + r
                  + ", column "
                  + c
                  + " is "
                  + counts[r][c]
                  + ": counts must be non-negative");
        }
      }
    }
    return counts;
  }

  /**
   * Returns the number of rows.
   *
   * @return the number of rows, {@code >= 1}
   */
  public int rowCount() {
    return counts.length;
  }

  /**
   * Returns the number of columns.
   *
   * @return the number of columns, {@code >= 1}; 1 for a one-way table
   */
  public int columnCount() {
    return counts[0].length;
  }

  /**
   * Returns whether this is a one-way table (a single column).
   *
   * @return {@code true} if the table has exactly one column
   */
  public boolean isOneWay() {
    return columnCount() == 1;
  }

  /**
   * Returns one count.
   *
   * @param row the row, {@code 0 <= row < rowCount()}
   * @param column the column, {@code 0 <= column < columnCount()}
   * @return the count, {@code >= 0}
   * @throws IndexOutOfBoundsException if {@code row} or {@code column} is out of range
   */
  public long count(int row, int column) {
    Objects.checkIndex(row, rowCount());
    Objects.checkIndex(column, columnCount());
    return counts[row][column];
  }

  /**
   * Returns the unrounded total of one row.
   *
   * @param row the row, {@code 0 <= row < rowCount()}
   * @return the sum of the row's counts, {@code >= 0}
   * @throws IndexOutOfBoundsException if {@code row} is out of range
   */
  public long rowTotal(int row) {
    Objects.checkIndex(row, rowCount());
    return rowTotals[row];
  }

  /**
   * Returns the unrounded total of one column.
   *
   * @param column the column, {@code 0 <= column < columnCount()}
   * @return the sum of the column's counts, {@code >= 0}
   * @throws IndexOutOfBoundsException if {@code column} is out of range
   */
  public long columnTotal(int column) {
    Objects.checkIndex(column, columnCount());
    return columnTotals[column];
  }

  /**
   * Returns the unrounded grand total.
   *
   * @return the sum of all counts, {@code >= 0}
   */
  public long grandTotal() {
    return grandTotal;
  }

  @Override
  public boolean equals(Object other) {
    return this == other
        || (other instanceof CountTable && Arrays.deepEquals(counts, ((CountTable) other).counts));
  }

  @Override
  public int hashCode() {
    return Arrays.deepHashCode(counts);
  }

  /**
   * Returns a diagnostic form listing the rows, for example {@code CountTable[[4, 20], [9, 0]]}.
   *
   * @return a non-empty string
   */
  @Override
  public String toString() {
    return "CountTable" + Arrays.deepToString(counts);
  }
}
