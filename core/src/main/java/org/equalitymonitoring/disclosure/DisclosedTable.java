package org.equalitymonitoring.disclosure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A table as it may be published under a {@link DisclosurePolicy}: every cell, row total, column
 * total and the grand total is a {@link PublishedCell}, either a published (possibly rounded) value
 * or suppressed with its reason.
 *
 * <p>Guarantees, for tables produced by a policy that {@linkplain
 * DisclosurePolicy#appliesSecondarySuppression() applies secondary suppression}: in every row of
 * cells together with its row total, in every column of cells together with its column total, in
 * the row totals together with the grand total, and in the column totals together with the grand
 * total, the number of suppressed entries is never exactly one. So no suppressed entry can be
 * recovered by subtracting the published entries of its row or column from their published total
 * (the secondary-suppression requirement of {@code STATISTICAL-METHODS.md} §9).
 *
 * <p>Obtained from {@link DisclosurePolicy#applyTo(CountTable)}. Instances are immutable and
 * thread-safe.
 */
public final class DisclosedTable {
  private final DisclosurePolicy policy;
  private final PublishedCell[][] entries;

  DisclosedTable(DisclosurePolicy policy, PublishedCell[][] entries) {
    this.policy = policy;
    this.entries = entries;
  }

  /**
   * Returns the policy that produced this table.
   *
   * @return the policy
   */
  public DisclosurePolicy policy() {
    return policy;
  }

  /**
   * Returns the number of rows of cells (not counting the row of column totals).
   *
   * @return the number of rows, {@code >= 1}
   */
  public int rowCount() {
    return entries.length - 1;
  }

  /**
   * Returns the number of columns of cells (not counting the column of row totals).
   *
   * @return the number of columns, {@code >= 1}
   */
  public int columnCount() {
    return entries[0].length - 1;
  }

  /**
   * Returns one published cell.
   *
   * @param row the row, {@code 0 <= row < rowCount()}
   * @param column the column, {@code 0 <= column < columnCount()}
   * @return the cell
   * @throws IndexOutOfBoundsException if {@code row} or {@code column} is out of range
   */
  public PublishedCell cell(int row, int column) {
    Objects.checkIndex(row, rowCount());
    Objects.checkIndex(column, columnCount());
    return entries[row][column];
  }

  /**
   * Returns the published total of one row: the policy's rule applied to the unrounded row total,
   * or suppressed.
   *
   * @param row the row, {@code 0 <= row < rowCount()}
   * @return the row total
   * @throws IndexOutOfBoundsException if {@code row} is out of range
   */
  public PublishedCell rowTotal(int row) {
    Objects.checkIndex(row, rowCount());
    return entries[row][columnCount()];
  }

  /**
   * Returns the published total of one column: the policy's rule applied to the unrounded column
   * total, or suppressed.
   *
   * @param column the column, {@code 0 <= column < columnCount()}
   * @return the column total
   * @throws IndexOutOfBoundsException if {@code column} is out of range
   */
  public PublishedCell columnTotal(int column) {
    Objects.checkIndex(column, columnCount());
    return entries[rowCount()][column];
  }

  /**
   * Returns the published grand total: the policy's rule applied to the unrounded grand total, or
   * suppressed.
   *
   * @return the grand total
   */
  public PublishedCell grandTotal() {
    return entries[rowCount()][columnCount()];
  }

  /**
   * Returns the published cells row by row, without totals.
   *
   * @return an immutable list of {@link #rowCount()} immutable rows of {@link #columnCount()} cells
   */
  public List<List<PublishedCell>> cells() {
    List<List<PublishedCell>> rows = new ArrayList<>(rowCount());
    for (int r = 0; r < rowCount(); r++) {
      rows.add(List.of(entries[r]).subList(0, columnCount()));
    }
    return Collections.unmodifiableList(rows);
  }

  /**
   * Returns one entry, a cell or a total.
   *
   * @param entry the entry
   * @return the published entry
   * @throws NullPointerException if {@code entry} is null
   * @throws IndexOutOfBoundsException if the entry lies outside this table
   */
  public PublishedCell entry(TableEntry entry) {
    Objects.requireNonNull(entry, "entry must not be null");
    return entries[entry.extendedRow(rowCount())][entry.extendedColumn(columnCount())];
  }

  /**
   * Returns every suppressed entry, cells and totals alike.
   *
   * @return an immutable set
   */
  public Set<TableEntry> suppressedEntries() {
    Set<TableEntry> suppressed = new LinkedHashSet<>();
    for (int r = 0; r <= rowCount(); r++) {
      for (int c = 0; c <= columnCount(); c++) {
        if (entries[r][c].isSuppressed()) {
          suppressed.add(TableEntry.ofExtended(r, c, rowCount(), columnCount()));
        }
      }
    }
    return Collections.unmodifiableSet(suppressed);
  }

  /**
   * Counts the suppressed entries, cells and totals alike, with the given reason.
   *
   * @param reason the reason to count
   * @return the number of entries suppressed for {@code reason}, {@code >= 0}
   * @throws NullPointerException if {@code reason} is null
   */
  public int suppressedCount(SuppressionReason reason) {
    Objects.requireNonNull(reason, "reason must not be null");
    int n = 0;
    for (PublishedCell[] row : entries) {
      for (PublishedCell entry : row) {
        if (entry.suppressionReason().filter(reason::equals).isPresent()) {
          n++;
        }
      }
    }
    return n;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof DisclosedTable)) {
      return false;
    }
    DisclosedTable that = (DisclosedTable) other;
    return policy.equals(that.policy) && Arrays.deepEquals(entries, that.entries);
  }

  @Override
  public int hashCode() {
    return Objects.hash(policy, Arrays.deepHashCode(entries));
  }

  /**
   * Returns the table as text, one line per row with the row total last and a final line of column
   * totals and the grand total, entries separated by tabs, as they would be displayed.
   *
   * @return a non-empty string
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder();
    for (PublishedCell[] row : entries) {
      for (int c = 0; c < row.length; c++) {
        if (c > 0) {
          text.append('\t');
        }
        text.append(row[c].display());
      }
      text.append('\n');
    }
    return text.toString();
  }
}
