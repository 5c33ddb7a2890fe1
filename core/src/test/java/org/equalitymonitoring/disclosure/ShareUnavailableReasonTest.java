package org.equalitymonitoring.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ShareUnavailableReasonTest {

  @Test
  void namesEveryWayAShareCanBeUnavailable() {
    assertThat(ShareUnavailableReason.values())
        .containsExactly(
            ShareUnavailableReason.CELL_SUPPRESSED,
            ShareUnavailableReason.TOTAL_SUPPRESSED,
            ShareUnavailableReason.TOTAL_ZERO);
  }

  @Test
  void cellSuppressionIsReportedBeforeTotalSuppression() {
    // NHS Digital on one column 3, 2: both cells and the total 5 are in 1-7, all suppressed.
    DisclosedTable out = DisclosurePolicy.nhsDigital().applyTo(CountTable.oneWay(3, 2));

    assertThat(Shares.ofColumnTotal(out, 0, 0).unavailableReason())
        .contains(ShareUnavailableReason.CELL_SUPPRESSED);
  }
}
