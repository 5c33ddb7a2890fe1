package org.equalitymonitoring.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import org.equalitymonitoring.disclosure.DisclosedTable;
import org.equalitymonitoring.disclosure.DisclosurePolicy;
import org.equalitymonitoring.stats.ConfidenceLevel;
import org.junit.jupiter.api.Test;

/**
 * The matrix column of people with a category in the first source and no usable value in the
 * second. Hand-worked: A/A 3, A/N 1, N/N 2, and A 2, N 1 with nothing in the second source.
 */
class AgreementFirstOnlyTest {
  private static Agreement agreement() {
    AgreementTally tally = AgreementTally.create();
    tally.add("A", "A").add("A", "A").add("A", "A").add("A", "N").add("N", "N").add("N", "N");
    tally.addFirstOnly("A").addFirstOnly("A");
    AgreementTally other = AgreementTally.create().addFirstOnly("N");
    return tally.merge(other).result(List.of("A", "N"), ConfidenceLevel.NINETY_FIVE);
  }

  @Test
  void theRowTotalsAreEveryPersonWithTheCategoryInTheFirstSource() {
    PublishedAgreement published = agreement().disclose(DisclosurePolicy.none());
    DisclosedTable matrix = published.matrix();
    assertThat(published.countsFirstOnly()).isTrue();
    assertThat(matrix.columnCount()).isEqualTo(3);
    // A: 3 + 1 + 2 = 6; N: 0 + 2 + 1 = 3; 9 people, 6 compared
    assertThat(matrix.cell(0, 2).value()).isEqualTo(OptionalLong.of(2));
    assertThat(matrix.rowTotal(0).value()).isEqualTo(OptionalLong.of(6));
    assertThat(matrix.rowTotal(1).value()).isEqualTo(OptionalLong.of(3));
    assertThat(matrix.grandTotal().value()).isEqualTo(OptionalLong.of(9));
    assertThat(published.compared()).isEqualTo(OptionalLong.of(6));
  }

  @Test
  void sharesAndKappaAreOfTheComparedPeopleOnly() {
    PublishedAgreement published = agreement().disclose(DisclosurePolicy.none());
    // A: 3 of the 4 compared, not of the 6; p_o = 5/6; row totals 4, 2, column totals 3, 3:
    // p_e = (4*3 + 2*3) / 36 = 0.5; kappa = (5/6 - 1/2) / (1/2) = 2/3
    assertThat(published.shares().get(0).orElseThrow().value()).isCloseTo(0.75, within(1e-12));
    assertThat(published.kappa().orElseThrow().value()).isCloseTo(2.0 / 3, within(1e-12));
  }

  @Test
  void aCategoryWithheldElsewhereHasItsRowTotalWithheld() {
    PublishedAgreement published = agreement().disclose(DisclosurePolicy.none(), Set.of("N"));
    assertThat(published.matrix().rowTotal(1).isSuppressed()).isTrue();
    assertThat(published.matrix().rowTotal(0).value()).isEqualTo(OptionalLong.of(6));
  }
}
