package org.equalitymonitoring.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CellRuleTest {

  // NHS Digital (STATISTICAL-METHODS.md §9): 0 stays 0, 1-7 -> "*", else nearest 5.
  private final CellRule nhsd = new CellRule(1, 7, 5);

  @Test
  void nhsDigitalRuleKeepsZeroSuppressesOneToSevenAndRoundsTheRest() {
    assertThat(nhsd.apply(0)).isEqualTo(PublishedCell.published(0));
    for (long small = 1; small <= 7; small++) {
      assertThat(nhsd.apply(small))
          .as("count %d", small)
          .isEqualTo(PublishedCell.suppressed(SuppressionReason.PRIMARY, "*"));
    }
    // 8 and 9 are not suppressed; the nearest multiple of 5 is 10.
    assertThat(nhsd.apply(8)).isEqualTo(PublishedCell.published(10));
    assertThat(nhsd.apply(9)).isEqualTo(PublishedCell.published(10));
    assertThat(nhsd.apply(12)).isEqualTo(PublishedCell.published(10));
    assertThat(nhsd.apply(13)).isEqualTo(PublishedCell.published(15));
  }

  @Test
  void aRangeOfOneCountSuppressesThatCount() {
    // 5..5: only 5 is suppressed; the smallest safe sum is one above it, 6.
    CellRule onlyFive = new CellRule(5, 5, 1);
    assertThat(onlyFive.suppressesAnything()).isTrue();
    assertThat(onlyFive.smallestSafeSum()).isEqualTo(6);
    assertThat(onlyFive.suppresses(5)).isTrue();
    assertThat(onlyFive.suppresses(4)).isFalse();
    assertThat(onlyFive.suppresses(6)).isFalse();
  }

  @Test
  void roundsToTheNearestFiveAsInThePublishedExample() {
    // Ofqual and Ethnicity facts and figures: 26 -> 25.
    assertThat(CellRule.round(26, 5)).isEqualTo(25);
    // Remainders 1 and 2 go down, 3 and 4 go up.
    assertThat(CellRule.round(101, 5)).isEqualTo(100);
    assertThat(CellRule.round(102, 5)).isEqualTo(100);
    assertThat(CellRule.round(103, 5)).isEqualTo(105);
    assertThat(CellRule.round(104, 5)).isEqualTo(105);
    assertThat(CellRule.round(105, 5)).isEqualTo(105);
    assertThat(CellRule.round(17, 1)).isEqualTo(17);
  }

  @Test
  void roundingNeverOverflowsAtTheLargestCount() {
    // Long.MAX_VALUE = ...807; remainder 2 rounds down to ...805.
    assertThat(CellRule.round(Long.MAX_VALUE, 5)).isEqualTo(Long.MAX_VALUE - 2);
  }

  @Test
  void noControlRulePublishesEverythingUnchanged() {
    CellRule none = CellRule.noControl();
    assertThat(none.suppressesAnything()).isFalse();
    assertThat(none.apply(0)).isEqualTo(PublishedCell.published(0));
    assertThat(none.apply(3)).isEqualTo(PublishedCell.published(3));
    assertThat(none.apply(26)).isEqualTo(PublishedCell.published(26));
  }

  @Test
  void theSmallestSafeSumIsOneAboveTheLargestSuppressedCount() {
    // A sum of suppressed counts below 8 (NHS Digital) or 10 (threshold 10) is itself small.
    assertThat(nhsd.smallestSafeSum()).isEqualTo(8);
    assertThat(new CellRule(0, 9, 1).smallestSafeSum()).isEqualTo(10);
    assertThat(new CellRule(1, 4, 5).smallestSafeSum()).isEqualTo(5);
    assertThat(CellRule.noControl().smallestSafeSum()).isZero();
  }

  @Test
  void rejectsNegativeCountAndEvenRoundingBase() {
    assertThatThrownBy(() -> nhsd.apply(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-1")
        .hasMessageContaining("non-negative");
    assertThatThrownBy(() -> new CellRule(1, 7, 10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("10");
  }
}
