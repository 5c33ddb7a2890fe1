package org.equalitymonitoring.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class DisclosedTableTest {

  // NHS Digital on
  //    5  0 |  5
  //   20 30 | 50
  //   25 30 | 55
  // The 5 and its row total 5 are primary (1-7); 20 and the row-1 total 50 are secondary (see
  // DisclosurePolicyTest.nhsDigitalSmallRowTotalIsSuppressedAndProtected for the working).
  private final DisclosedTable table =
      DisclosurePolicy.nhsDigital().applyTo(CountTable.of(new long[][] {{5, 0}, {20, 30}}));

  @Test
  void exposesShapePolicyCellsAndTotals() {
    assertThat(table.policy()).isSameAs(DisclosurePolicy.nhsDigital());
    assertThat(table.rowCount()).isEqualTo(2);
    assertThat(table.columnCount()).isEqualTo(2);
    assertThat(table.cell(0, 1)).isEqualTo(PublishedCell.published(0));
    assertThat(table.cell(1, 0).suppressionReason()).contains(SuppressionReason.SECONDARY);
    assertThat(table.rowTotal(0).suppressionReason()).contains(SuppressionReason.PRIMARY);
    assertThat(table.columnTotal(1)).isEqualTo(PublishedCell.published(30));
    assertThat(table.grandTotal()).isEqualTo(PublishedCell.published(55));
  }

  @Test
  void countsSuppressedEntriesIncludingTotals() {
    // Primary: cell 5, row total 5. Secondary: cell 20, row total 50.
    assertThat(table.suppressedCount(SuppressionReason.PRIMARY)).isEqualTo(2);
    assertThat(table.suppressedCount(SuppressionReason.SECONDARY)).isEqualTo(2);
    assertThatThrownBy(() -> table.suppressedCount(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void cellsAreAnImmutableGridWithoutTotals() {
    List<List<PublishedCell>> cells = table.cells();

    assertThat(cells).hasSize(2).allSatisfy(row -> assertThat(row).hasSize(2));
    assertThatThrownBy(() -> cells.remove(0)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> cells.get(0).set(0, PublishedCell.published(5)))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void rendersAsDisplayedWithTotalsLast() {
    assertThat(table.toString()).isEqualTo("*\t0\t*\n*\t30\t*\n25\t30\t55\n");
  }

  @Test
  void rejectsIndicesOutOfRange() {
    assertThatThrownBy(() -> table.cell(2, 0)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> table.cell(0, 2)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> table.rowTotal(2)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> table.columnTotal(-1)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void equalWhenSamePolicyAndSameInput() {
    DisclosedTable again =
        DisclosurePolicy.nhsDigital().applyTo(CountTable.of(new long[][] {{5, 0}, {20, 30}}));

    assertThat(again).isEqualTo(table).hasSameHashCodeAs(table);
    assertThat(DisclosurePolicy.none().applyTo(CountTable.of(new long[][] {{5, 0}, {20, 30}})))
        .isNotEqualTo(table);
  }

  @Test
  void suppressedEntriesIncludeSmallTotals() {
    // Threshold 10 applies its rule to totals too: 3 + 4 = 7 is suppressed as a column total in
    // the first table and as a row total in the second.
    DisclosurePolicy policy = DisclosurePolicy.threshold10();
    assertThat(policy.applyTo(CountTable.of(new long[][] {{3, 40}, {4, 50}})).suppressedEntries())
        .contains(TableEntry.cell(0, 0), TableEntry.cell(1, 0), TableEntry.columnTotal(0));
    assertThat(policy.applyTo(CountTable.of(new long[][] {{3, 4}, {40, 50}})).suppressedEntries())
        .contains(TableEntry.cell(0, 0), TableEntry.cell(0, 1), TableEntry.rowTotal(0));
  }
}
