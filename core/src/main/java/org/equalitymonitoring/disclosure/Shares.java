package org.equalitymonitoring.disclosure;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Computes each cell's share of its row or column total after disclosure control.
 *
 * <p>A share is available only when the cell and the total are both published and the published
 * total is non-zero; otherwise it is marked unavailable with the reason, so that no percentage can
 * reveal a suppressed entry. The value is the published cell ÷ the published total, that is,
 * "percentage computed after suppression" on rounded counts (NHS Digital Ethnic Category Coverage
 * MI, {@code USERS-AND-METRICS.md} §1.2 and §2.4): computed only from published figures, it gives
 * away nothing that the published counts do not.
 *
 * <p>Stateless and thread-safe.
 */
public final class Shares {
  private Shares() {}

  /**
   * Returns a cell's share of its row total.
   *
   * @param table the published table
   * @param row the row, {@code 0 <= row < table.rowCount()}
   * @param column the column, {@code 0 <= column < table.columnCount()}
   * @return the share, or an unavailable share with the reason
   * @throws NullPointerException if {@code table} is null
   * @throws IndexOutOfBoundsException if {@code row} or {@code column} is out of range
   */
  public static Share ofRowTotal(DisclosedTable table, int row, int column) {
    Objects.requireNonNull(table, "table must not be null");
    return of(table.cell(row, column), table.rowTotal(row));
  }

  /**
   * Returns a cell's share of its column total.
   *
   * @param table the published table
   * @param row the row, {@code 0 <= row < table.rowCount()}
   * @param column the column, {@code 0 <= column < table.columnCount()}
   * @return the share, or an unavailable share with the reason
   * @throws NullPointerException if {@code table} is null
   * @throws IndexOutOfBoundsException if {@code row} or {@code column} is out of range
   */
  public static Share ofColumnTotal(DisclosedTable table, int row, int column) {
    Objects.requireNonNull(table, "table must not be null");
    return of(table.cell(row, column), table.columnTotal(column));
  }

  /**
   * Returns every cell's share of its row total.
   *
   * @param table the published table
   * @return an immutable list of {@code table.rowCount()} immutable rows of {@code
   *     table.columnCount()} shares
   * @throws NullPointerException if {@code table} is null
   */
  public static List<List<Share>> ofRowTotals(DisclosedTable table) {
    Objects.requireNonNull(table, "table must not be null");
    List<List<Share>> rows = new ArrayList<>(table.rowCount());
    for (int r = 0; r < table.rowCount(); r++) {
      List<Share> row = new ArrayList<>(table.columnCount());
      for (int c = 0; c < table.columnCount(); c++) {
        row.add(ofRowTotal(table, r, c));
      }
      rows.add(Collections.unmodifiableList(row));
    }
    return Collections.unmodifiableList(rows);
  }

  /**
   * Returns every cell's share of its column total; for a one-way table these are the shares of the
   * grand total.
   *
   * @param table the published table
   * @return an immutable list of {@code table.rowCount()} immutable rows of {@code
   *     table.columnCount()} shares
   * @throws NullPointerException if {@code table} is null
   */
  public static List<List<Share>> ofColumnTotals(DisclosedTable table) {
    Objects.requireNonNull(table, "table must not be null");
    List<List<Share>> rows = new ArrayList<>(table.rowCount());
    for (int r = 0; r < table.rowCount(); r++) {
      List<Share> row = new ArrayList<>(table.columnCount());
      for (int c = 0; c < table.columnCount(); c++) {
        row.add(ofColumnTotal(table, r, c));
      }
      rows.add(Collections.unmodifiableList(row));
    }
    return Collections.unmodifiableList(rows);
  }

  /**
   * Returns a published part's share of a published whole, which may come from another table of the
   * same publication (for example a unit's records with one status, of the unit's total in a table
   * of completeness).
   *
   * @param cell the part
   * @param total the whole, at least the part when both are published
   * @return the share, or an unavailable share with the reason
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if both are published and the part exceeds the whole
   */
  public static Share of(PublishedCell cell, PublishedCell total) {
    Objects.requireNonNull(cell, "cell must not be null");
    Objects.requireNonNull(total, "total must not be null");
    if (cell.isSuppressed()) {
      return Share.unavailable(ShareUnavailableReason.CELL_SUPPRESSED);
    }
    if (total.isSuppressed()) {
      return Share.unavailable(ShareUnavailableReason.TOTAL_SUPPRESSED);
    }
    long denominator = total.value().getAsLong();
    if (denominator == 0) {
      return Share.unavailable(ShareUnavailableReason.TOTAL_ZERO);
    }
    return Share.of((double) cell.value().getAsLong() / (double) denominator);
  }
}
