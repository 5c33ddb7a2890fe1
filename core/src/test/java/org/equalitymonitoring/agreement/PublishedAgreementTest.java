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
