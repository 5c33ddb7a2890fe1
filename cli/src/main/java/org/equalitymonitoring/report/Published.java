package org.equalitymonitoring.report;

import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.equalitymonitoring.disclosure.CountTable;
import org.equalitymonitoring.disclosure.DisclosedTable;
import org.equalitymonitoring.disclosure.DisclosurePolicy;
import org.equalitymonitoring.disclosure.PublishedCell;

/**
 * A table of counts after disclosure control: what the report may show. Proportions are computed
 * from published values only, so a suppressed or rounded count cannot be recovered from them.
 */
final class Published {
  private final DisclosedTable table;

  private Published(DisclosedTable table) {
    this.table = table;
  }

  static Published of(DisclosurePolicy policy, long[][] counts) {
    return new Published(policy.applyTo(CountTable.of(counts)));
  }

  PublishedCell cell(int row, int column) {
    return table.cell(row, column);
  }

  PublishedCell rowTotal(int row) {
    return table.rowTotal(row);
  }

  PublishedCell columnTotal(int column) {
    return table.columnTotal(column);
  }

  PublishedCell grandTotal() {
    return table.grandTotal();
  }

  /** The share of a cell in its row total, when both are published and the total is not 0. */
  OptionalDouble rowShare(int row, int column) {
    OptionalLong part = cell(row, column).value();
    OptionalLong whole = rowTotal(row).value();
    if (part.isEmpty() || whole.isEmpty() || whole.getAsLong() == 0) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of((double) part.getAsLong() / whole.getAsLong());
  }

  int suppressed() {
    int count = 0;
    for (org.equalitymonitoring.disclosure.SuppressionReason reason :
        org.equalitymonitoring.disclosure.SuppressionReason.values()) {
      count += table.suppressedCount(reason);
    }
    return count;
  }
}
