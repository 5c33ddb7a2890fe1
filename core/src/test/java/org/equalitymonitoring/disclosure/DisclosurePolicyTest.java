package org.equalitymonitoring.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class DisclosurePolicyTest {

  private static final PublishedCell STAR_PRIMARY =
      PublishedCell.suppressed(SuppressionReason.PRIMARY, "*");
  private static final PublishedCell STAR_SECONDARY =
      PublishedCell.suppressed(SuppressionReason.SECONDARY, "*");

  private static PublishedCell p(long value) {
    return PublishedCell.published(value);
  }

  // ---------------------------------------------------------------- identity and lookup

  @Test
  void builtInPoliciesHaveStableIdsAndCiteTheReference() {
    assertThat(DisclosurePolicy.builtIn())
        .extracting(DisclosurePolicy::id)
        .containsExactly("nhs-digital", "threshold-10", "round-5-fewer-than-5", "none");
    for (DisclosurePolicy policy : DisclosurePolicy.builtIn()) {
      assertThat(DisclosurePolicy.byId(policy.id())).containsSame(policy);
      assertThat(policy.description()).isNotBlank();
      assertThat(policy.reference()).contains("STATISTICAL-METHODS.md §9");
      assertThat(policy.toString()).contains(policy.id());
    }
    assertThat(DisclosurePolicy.byId("nhsd")).isEmpty();
    assertThatThrownBy(() -> DisclosurePolicy.byId(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void policiesDeclareRoundingAndSecondarySuppression() {
    assertThat(DisclosurePolicy.nhsDigital().roundingBase()).isEqualTo(5);
    assertThat(DisclosurePolicy.nhsDigital().appliesSecondarySuppression()).isTrue();
    assertThat(DisclosurePolicy.threshold10().roundingBase()).isEqualTo(1);
    assertThat(DisclosurePolicy.threshold10().appliesSecondarySuppression()).isTrue();
    assertThat(DisclosurePolicy.roundToFiveFewerThanFive().roundingBase()).isEqualTo(5);
    assertThat(DisclosurePolicy.none().appliesSecondarySuppression()).isFalse();
    assertThat(DisclosurePolicy.none().roundingBase()).isEqualTo(1);
  }

  // ---------------------------------------------------------------- single counts

  @Test
  void nhsDigitalSingleCounts() {
    // "0 stays 0; 1-7 is replaced by '*'; everything else is rounded to the nearest 5."
    DisclosurePolicy nhsd = DisclosurePolicy.nhsDigital();
    assertThat(nhsd.applyToCount(0)).isEqualTo(p(0));
    assertThat(nhsd.applyToCount(1)).isEqualTo(STAR_PRIMARY);
    assertThat(nhsd.applyToCount(7)).isEqualTo(STAR_PRIMARY);
    assertThat(nhsd.applyToCount(8)).isEqualTo(p(10));
    assertThat(nhsd.applyToCount(26)).isEqualTo(p(25));
    assertThat(nhsd.applyToCount(28)).isEqualTo(p(30));
  }

  @Test
  void threshold10SingleCounts() {
    // UK LLC: nothing with a count below 10 (including 0) leaves the TRE.
    DisclosurePolicy t10 = DisclosurePolicy.threshold10();
    assertThat(t10.applyToCount(0)).isEqualTo(STAR_PRIMARY);
    assertThat(t10.applyToCount(9)).isEqualTo(STAR_PRIMARY);
    assertThat(t10.applyToCount(10)).isEqualTo(p(10));
    assertThat(t10.applyToCount(26)).isEqualTo(p(26));
  }

  @Test
  void roundToFiveSingleCounts() {
    // Ofqual: nearest 5; 1-4 suppressed; a true 0 shown as 0; 26 -> 25. Every suppressed entry is
    // shown as "*", so that a small count looks like one withheld to protect it.
    DisclosurePolicy ofqual = DisclosurePolicy.roundToFiveFewerThanFive();
    PublishedCell fewer = STAR_PRIMARY;
    assertThat(ofqual.applyToCount(0)).isEqualTo(p(0));
    assertThat(ofqual.applyToCount(1)).isEqualTo(fewer);
    assertThat(ofqual.applyToCount(4)).isEqualTo(fewer);
    assertThat(ofqual.applyToCount(4).display()).isEqualTo("*");
    assertThat(ofqual.applyToCount(5)).isEqualTo(p(5));
    assertThat(ofqual.applyToCount(7)).isEqualTo(p(5));
    assertThat(ofqual.applyToCount(26)).isEqualTo(p(25));
  }

  @Test
  void noneSingleCounts() {
    assertThat(DisclosurePolicy.none().applyToCount(3)).isEqualTo(p(3));
    assertThat(DisclosurePolicy.none().applyToCount(0)).isEqualTo(p(0));
  }

  @Test
  void rejectsNegativeCountAndNullTable() {
    assertThatThrownBy(() -> DisclosurePolicy.nhsDigital().applyToCount(-2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("count is -2: counts must be non-negative");
    assertThatThrownBy(() -> DisclosurePolicy.nhsDigital().applyTo(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("table");
  }

  // ---------------------------------------------------------------- worked tables

  @Test
  void nhsDigitalThreeByThreeWithOneSmallCell() {
    //          c0   c1   c2 | total
    //   r0      4   20   30 |   54
    //   r1     12   15   40 |   67
    //   r2     25   50   60 |  135
    //   total  41   85  130 |  256
    // Primary: the 4 (in 1-7). No total is in 1-7.
    // Secondary: row 0 would give 4 = 54 - 20 - 30, so its smallest other cell, 20, goes.
    //   Column 0 would give 4 = 41 - 12 - 25, so its smallest other cell, 12, goes.
    //   Column 1 would give 20 = 85 - 15 - 50, so 15 goes.
    //   Row 1 now holds two suppressed cells (12, 15): stable.
    // Published values rounded to 5 from the unrounded values: 54 -> 55, 67 -> 65, 41 -> 40,
    // 256 -> 255; the others are already multiples of 5.
    DisclosedTable out =
        DisclosurePolicy.nhsDigital()
            .applyTo(CountTable.of(new long[][] {{4, 20, 30}, {12, 15, 40}, {25, 50, 60}}));

    assertThat(out.cells())
        .containsExactly(
            List.of(STAR_PRIMARY, STAR_SECONDARY, p(30)),
            List.of(STAR_SECONDARY, STAR_SECONDARY, p(40)),
            List.of(p(25), p(50), p(60)));
    assertThat(List.of(out.rowTotal(0), out.rowTotal(1), out.rowTotal(2)))
        .containsExactly(p(55), p(65), p(135));
    assertThat(List.of(out.columnTotal(0), out.columnTotal(1), out.columnTotal(2)))
        .containsExactly(p(40), p(85), p(130));
    assertThat(out.grandTotal()).isEqualTo(p(255));
    assertThat(out.suppressedCount(SuppressionReason.PRIMARY)).isEqualTo(1);
    assertThat(out.suppressedCount(SuppressionReason.SECONDARY)).isEqualTo(3);
  }

  @Test
  void nhsDigitalSmallRowTotalIsSuppressedAndProtected() {
    //          c0   c1 | total
    //   r0      5    0 |    5
    //   r1     20   30 |   50
    //   total  25   30 |   55
    // Primary: the 5 and its row total 5. The 0 stays 0.
    // Row 0 has two suppressed entries (5 and its total): fine.
    // Column 0 would give 5 = 25 - 20, so 20 goes (secondary).
    // The row totals would give 5 = 55 - 50, so the row-1 total 50 goes (secondary).
    // Row 1 now has 20 and its total suppressed: stable. Column 1 and column totals: none.
    DisclosedTable out =
        DisclosurePolicy.nhsDigital().applyTo(CountTable.of(new long[][] {{5, 0}, {20, 30}}));

    assertThat(out.cells())
        .containsExactly(List.of(STAR_PRIMARY, p(0)), List.of(STAR_SECONDARY, p(30)));
    assertThat(out.rowTotal(0)).isEqualTo(STAR_PRIMARY);
    assertThat(out.rowTotal(1)).isEqualTo(STAR_SECONDARY);
    assertThat(out.columnTotal(0)).isEqualTo(p(25));
    assertThat(out.columnTotal(1)).isEqualTo(p(30));
    assertThat(out.grandTotal()).isEqualTo(p(55));
  }

  @Test
  void nhsDigitalOneWayTable() {
    // One column 3, 40, 0, 22; total 65.
    // Primary: the 3 (and its row total, also 3). The 0 stays 0.
    // The column would give 3 = 65 - 40 - 0 - 22: the smallest non-zero other count, 22, goes.
    // (The 0 is not taken: a suppressed pair 3 + 0 would still add up to 3.)
    // Published: 40 -> 40, 65 -> 65.
    DisclosedTable out = DisclosurePolicy.nhsDigital().applyTo(CountTable.oneWay(3, 40, 0, 22));

    assertThat(out.cells())
        .containsExactly(
            List.of(STAR_PRIMARY), List.of(p(40)), List.of(p(0)), List.of(STAR_SECONDARY));
    assertThat(out.columnTotal(0)).isEqualTo(p(65));
    assertThat(out.grandTotal()).isEqualTo(p(65));
  }

  @Test
  void threshold10SuppressesZerosAndProtectsThem() {
    //          c0   c1 | total
    //   r0      0   15 |   15
    //   r1     20   30 |   50
    //   total  20   45 |   65
    // Primary: the 0 (below 10, including 0). No total is below 10.
    // Row 0: the 15 cell (an inner cell is preferred to the equal total) goes.
    // Column 0: 20 goes. Column 1 then has only the 15: 30 goes. Row 1 has 20 and 30: stable.
    // Totals are published unrounded.
    DisclosedTable out =
        DisclosurePolicy.threshold10().applyTo(CountTable.of(new long[][] {{0, 15}, {20, 30}}));

    assertThat(out.cells())
        .containsExactly(
            List.of(STAR_PRIMARY, STAR_SECONDARY), List.of(STAR_SECONDARY, STAR_SECONDARY));
    assertThat(List.of(out.rowTotal(0), out.rowTotal(1), out.columnTotal(0), out.columnTotal(1)))
        .containsExactly(p(15), p(50), p(20), p(45));
    assertThat(out.grandTotal()).isEqualTo(p(65));
  }

  @Test
  void roundToFiveSuppressesFewerThanFiveAndRoundsTotalsFromUnroundedValues() {
    // One column 2, 26, 0, 48; total 76.
    // Primary: the 2 -> "*" (its row total too). 0 is shown as 0.
    // Secondary: the smallest non-zero other count, 26, is shown as "*" too.
    // 48 -> 50; the total is rounded from the unrounded 76 -> 75 (not 0 + 50 = 50).
    PublishedCell fewer = STAR_PRIMARY;
    DisclosedTable out =
        DisclosurePolicy.roundToFiveFewerThanFive().applyTo(CountTable.oneWay(2, 26, 0, 48));

    assertThat(out.cells())
        .containsExactly(List.of(fewer), List.of(STAR_SECONDARY), List.of(p(0)), List.of(p(50)));
    assertThat(out.rowTotal(0)).isEqualTo(fewer);
    assertThat(out.grandTotal()).isEqualTo(p(75));
  }

  @Test
  void noneLeavesTheTableAsItIs() {
    DisclosedTable out =
        DisclosurePolicy.none().applyTo(CountTable.of(new long[][] {{1, 0}, {3, 26}}));

    assertThat(out.cells()).containsExactly(List.of(p(1), p(0)), List.of(p(3), p(26)));
    assertThat(out.grandTotal()).isEqualTo(p(30));
    assertThat(out.suppressedCount(SuppressionReason.PRIMARY)).isZero();
  }

  // ---------------------------------------------------------------- properties

  /** Random tables of 1-5 rows and 1-5 columns, mostly small counts, sometimes large ones. */
  private static Gen<CountTable> tables() {
    Gen<Long> count = longs().between(0, 12).mix(longs().between(0, 400), 40);
    Gen<int[]> shape =
        integers().between(1, 5).zip(integers().between(1, 5), (r, c) -> new int[] {r, c});
    return in -> {
      int[] dims = shape.generate(in);
      long[][] counts = new long[dims[0]][dims[1]];
      for (int r = 0; r < dims[0]; r++) {
        for (int c = 0; c < dims[1]; c++) {
          counts[r][c] = count.generate(in);
        }
      }
      return CountTable.of(counts);
    };
  }

  private static Gen<CountTable> describedTables() {
    return tables().describedAs(CountTable::toString);
  }

  /** Every entry of the output, cells and totals, paired with its unrounded count. */
  private static List<Long> entries(CountTable in, DisclosedTable out, List<PublishedCell> cells) {
    List<Long> raw = new ArrayList<>();
    for (int r = 0; r < in.rowCount(); r++) {
      for (int c = 0; c < in.columnCount(); c++) {
        raw.add(in.count(r, c));
        cells.add(out.cell(r, c));
      }
      raw.add(in.rowTotal(r));
      cells.add(out.rowTotal(r));
    }
    for (int c = 0; c < in.columnCount(); c++) {
      raw.add(in.columnTotal(c));
      cells.add(out.columnTotal(c));
    }
    raw.add(in.grandTotal());
    cells.add(out.grandTotal());
    return raw;
  }

  @Test
  void nhsDigitalNeverShowsACountFromOneToSeven() {
    qt().forAll(describedTables())
        .checkAssert(
            table -> {
              DisclosedTable out = DisclosurePolicy.nhsDigital().applyTo(table);
              List<PublishedCell> cells = new ArrayList<>();
              entries(table, out, cells);
              for (PublishedCell cell : cells) {
                cell.value()
                    .ifPresent(v -> assertThat(v >= 1 && v <= 7).as("shows %d", v).isFalse());
              }
            });
  }

  @Test
  void noSuppressedCellCanBeDerivedFromAPublishedTotal() {
    for (DisclosurePolicy policy : DisclosurePolicy.builtIn()) {
      qt().forAll(describedTables())
          .checkAssert(
              table -> {
                DisclosedTable out = policy.applyTo(table);
                // Each row with a published total: never exactly one suppressed cell.
                for (int r = 0; r < out.rowCount(); r++) {
                  if (!out.rowTotal(r).isSuppressed()) {
                    int suppressed = 0;
                    for (int c = 0; c < out.columnCount(); c++) {
                      suppressed += out.cell(r, c).isSuppressed() ? 1 : 0;
                    }
                    assertThat(suppressed).as("%s row %d", policy.id(), r).isNotEqualTo(1);
                  }
                }
                // Each column with a published total: never exactly one suppressed cell.
                for (int c = 0; c < out.columnCount(); c++) {
                  if (!out.columnTotal(c).isSuppressed()) {
                    int suppressed = 0;
                    for (int r = 0; r < out.rowCount(); r++) {
                      suppressed += out.cell(r, c).isSuppressed() ? 1 : 0;
                    }
                    assertThat(suppressed).as("%s column %d", policy.id(), c).isNotEqualTo(1);
                  }
                }
                // The totals themselves: row totals with the grand total, column totals with it.
                if (!out.grandTotal().isSuppressed()) {
                  int rowTotals = 0;
                  for (int r = 0; r < out.rowCount(); r++) {
                    rowTotals += out.rowTotal(r).isSuppressed() ? 1 : 0;
                  }
                  int columnTotals = 0;
                  for (int c = 0; c < out.columnCount(); c++) {
                    columnTotals += out.columnTotal(c).isSuppressed() ? 1 : 0;
                  }
                  assertThat(rowTotals).as("%s row totals", policy.id()).isNotEqualTo(1);
                  assertThat(columnTotals).as("%s column totals", policy.id()).isNotEqualTo(1);
                }
              });
    }
  }

  @Test
  void roundingPoliciesPublishOnlyMultiplesOfFive() {
    for (DisclosurePolicy policy :
        List.of(DisclosurePolicy.nhsDigital(), DisclosurePolicy.roundToFiveFewerThanFive())) {
      qt().forAll(describedTables())
          .checkAssert(
              table -> {
                DisclosedTable out = policy.applyTo(table);
                List<PublishedCell> cells = new ArrayList<>();
                entries(table, out, cells);
                for (PublishedCell cell : cells) {
                  cell.value().ifPresent(v -> assertThat(v % 5).as(policy.id()).isZero());
                }
              });
    }
  }

  @Test
  void everyPublishedEntryIsThePolicyRuleAppliedToItsUnroundedCount() {
    // Totals included: published totals are rounded from unrounded sums, and an entry is
    // primary-suppressed exactly when its own count is small.
    for (DisclosurePolicy policy : DisclosurePolicy.builtIn()) {
      qt().forAll(describedTables())
          .checkAssert(
              table -> {
                DisclosedTable out = policy.applyTo(table);
                List<PublishedCell> cells = new ArrayList<>();
                List<Long> raw = entries(table, out, cells);
                for (int i = 0; i < cells.size(); i++) {
                  PublishedCell expected = policy.applyToCount(raw.get(i));
                  PublishedCell actual = cells.get(i);
                  if (expected.isSuppressed()) {
                    assertThat(actual).as(policy.id()).isEqualTo(expected);
                  } else {
                    assertThat(actual).as(policy.id()).isIn(expected, STAR_SECONDARY);
                  }
                }
              });
    }
  }

  @Test
  void threshold10NeverShowsACountBelowTenAndNoneChangesNothing() {
    qt().forAll(describedTables())
        .checkAssert(
            table -> {
              DisclosedTable t10 = DisclosurePolicy.threshold10().applyTo(table);
              DisclosedTable none = DisclosurePolicy.none().applyTo(table);
              for (int r = 0; r < table.rowCount(); r++) {
                for (int c = 0; c < table.columnCount(); c++) {
                  t10.cell(r, c).value().ifPresent(v -> assertThat(v).isGreaterThanOrEqualTo(10));
                  assertThat(none.cell(r, c)).isEqualTo(p(table.count(r, c)));
                }
              }
            });
  }
}
