package org.equalitymonitoring.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SuppressionReasonTest {

  @Test
  void distinguishesPrimaryFromSecondarySuppression() {
    assertThat(SuppressionReason.values())
        .containsExactly(SuppressionReason.PRIMARY, SuppressionReason.SECONDARY);
  }

  @Test
  void smallCountIsPrimaryAndItsProtectorIsSecondary() {
    // NHS Digital on one column 3, 40: the 3 is small (primary); the 40 is suppressed only so
    // that the 3 cannot be read off as 45 - 40 (secondary); the total 43 is published as 45.
    DisclosedTable out = DisclosurePolicy.nhsDigital().applyTo(CountTable.oneWay(3, 40));

    assertThat(out.cell(0, 0).suppressionReason()).contains(SuppressionReason.PRIMARY);
    assertThat(out.cell(1, 0).suppressionReason()).contains(SuppressionReason.SECONDARY);
    assertThat(out.grandTotal()).isEqualTo(PublishedCell.published(45));
  }
}
