package org.equalitymonitoring.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.equalitymonitoring.disclosure.DisclosedTable;
import org.equalitymonitoring.disclosure.DisclosurePolicy;
import org.equalitymonitoring.disclosure.PublishedCell;
import org.equalitymonitoring.stats.ConfidenceLevel;
import org.junit.jupiter.api.Test;

class PublishedAgreementTest {
  private static Agreement agreement(long[][] counts) {
    return Agreement.of(List.of("A", "N"), counts, ConfidenceLevel.NINETY_FIVE);
  }

  @Test
  void withNothingSuppressedTheStatisticsAreThoseOfThePublishedCounts() {
    // Every count a multiple of 5 above 7: NHS Digital's rounding changes nothing. The table of
    // AgreementTest doubled: p_o = 70/100, p_e = 0.5·0.6 + 0.5·0.4 = 0.5, κ = 0.4.
    PublishedAgreement published =
        agreement(new long[][] {{40, 10}, {20, 30}}).disclose(DisclosurePolicy.nhsDigital());
    assertThat(published.kappa().orElseThrow().value()).isCloseTo(0.4, within(1e-12));
    assertThat(published.observed().orElseThrow().value()).isCloseTo(0.7, within(1e-12));
    assertThat(published.shares().get(0).orElseThrow().value()).isCloseTo(0.8, within(1e-12));
  }

  @Test
  void roundedCountsGiveTheStatisticsOfTheRoundedTable() {
    // NHS Digital rounds to the nearest 5: {{21, 9}, {11, 14}} is published as {{20, 10},
    // {10, 15}}, n = 55: p_o = 35/55, p_e = (30·30 + 25·25) / 55² = 1525/3025; κ = (35/55 −
    // 1525/3025) /
    // (1 − 1525/3025) = (1925 − 1525) / (3025 − 1525) = 400/1500 = 0.266667
    PublishedAgreement published =
        agreement(new long[][] {{21, 9}, {11, 14}}).disclose(DisclosurePolicy.nhsDigital());
    assertThat(published.kappa().orElseThrow().value()).isCloseTo(400.0 / 1500, within(1e-12));
  }

  /**
   * The adversary: a suppressed cell must not be recoverable from its row or column and their
   * published totals, and no statistic computed from exact counts is published beside it.
   */
  @Test
  void aSuppressedCellCannotBeRecoveredAndWithholdsKappa() {
    PublishedAgreement published =
        agreement(new long[][] {{20, 3}, {10, 15}}).disclose(DisclosurePolicy.nhsDigital());
    DisclosedTable matrix = published.matrix();
    assertThat(matrix.cell(0, 1).isSuppressed()).isTrue();
    for (int i = 0; i <= 2; i++) {
      int inRow = 0;
      int inColumn = 0;
      for (int j = 0; j <= 2; j++) {
        inRow += entry(matrix, i, j).isSuppressed() ? 1 : 0;
        inColumn += entry(matrix, j, i).isSuppressed() ? 1 : 0;
      }
      assertThat(inRow).as("row " + i).isNotEqualTo(1);
      assertThat(inColumn).as("column " + i).isNotEqualTo(1);
    }
    assertThat(published.kappa()).isEmpty();
    assertThat(published.observed()).isEmpty();
    for (int i = 0; i < 2; i++) {
      boolean publishable =
          matrix.cell(i, i).value().isPresent() && matrix.rowTotal(i).value().isPresent();
      assertThat(published.shares().get(i).isPresent()).isEqualTo(publishable);
      if (publishable) {
        assertThat(published.shares().get(i).get().value())
            .isEqualTo(
                (double) matrix.cell(i, i).value().getAsLong()
                    / matrix.rowTotal(i).value().getAsLong());
      }
    }
  }

  /**
   * Kappa and the observed agreement are withheld as soon as one cell is, but a category's share is
   * still published wherever its diagonal cell and row total are: rows A, B and D here, whose
   * diagonals (40, 30, 30) and row totals (55, 45, 30) are multiples of 5 and not small, so
   * published unchanged. Whatever else secondary suppression withholds, the four small counts (1–7)
   * are.
   */
  @Test
  void aShareIsPublishedWhereItsDiagonalAndRowTotalAreThoughAnotherCellIsSuppressed() {
    long[][] counts = {
      {40, 10, 3, 2}, // row total 55
      {10, 30, 4, 1}, // 45
      {10, 10, 20, 10}, // 50
      {0, 0, 0, 30} // 30
    };
    PublishedAgreement published =
        Agreement.of(List.of("A", "B", "C", "D"), counts, ConfidenceLevel.NINETY_FIVE)
            .disclose(DisclosurePolicy.nhsDigital());
    DisclosedTable matrix = published.matrix();
    assertThat(published.categories()).containsExactly("A", "B", "C", "D");
    assertThat(matrix.cell(0, 2).isSuppressed()).isTrue();
    assertThat(published.kappa()).isEmpty();
    assertThat(published.observed()).isEmpty();
    // Wilson score interval, z = 1.959964: centre (p + z²/2n) / (1 + z²/n), half-width
    // z·sqrt(p(1−p)/n + z²/4n²) / (1 + z²/n).
    // A: 40/55 = 0.727273, centre 0.712435, half 0.114757 -> [0.597678, 0.827192]
    // B: 30/45 = 0.666667 -> [0.520705, 0.786411]
    // D: 30/30 = 1 (the diagonal equals its row total): 1 + z²/n = 1.128049, centre
    // (1 + 0.064024) / 1.128049 = 0.943243, half = z·sqrt(z²/3600) / 1.128049 = 0.056757
    // -> [0.886487, 1]
    int[] rows = {0, 1, 3};
    double[][] expected = {
      {40.0 / 55, 0.597678, 0.827192}, {30.0 / 45, 0.520705, 0.786411}, {1, 0.886487, 1}
    };
    for (int r = 0; r < rows.length; r++) {
      var share = published.shares().get(rows[r]).orElseThrow();
      assertThat(share.value()).as("share " + r).isCloseTo(expected[r][0], within(1e-12));
      assertThat(share.lower()).as("lower " + r).isCloseTo(expected[r][1], within(1e-6));
      assertThat(share.upper()).as("upper " + r).isCloseTo(expected[r][2], within(1e-6));
    }
    boolean cPublishable =
        matrix.cell(2, 2).value().isPresent() && matrix.rowTotal(2).value().isPresent();
    assertThat(published.shares().get(2).isPresent()).isEqualTo(cPublishable);
  }

  /** An entry of the matrix extended by its totals (index 2 is the total). */
  private static PublishedCell entry(DisclosedTable matrix, int row, int column) {
    if (row == 2 && column == 2) {
      return matrix.grandTotal();
    }
    if (row == 2) {
      return matrix.columnTotal(column);
    }
    if (column == 2) {
      return matrix.rowTotal(row);
    }
    return matrix.cell(row, column);
  }
}
