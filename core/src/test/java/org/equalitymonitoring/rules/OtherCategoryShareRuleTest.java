package org.equalitymonitoring.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.equalitymonitoring.completeness.CompletenessReport;
import org.equalitymonitoring.completeness.UnitCount;
import org.junit.jupiter.api.Test;

class OtherCategoryShareRuleTest {
  /**
   * Ward 1: 200 known of 250, of which S 40 and L 20 are "Any other" = 30%. Ward 2: 100 known, 10
   * in C = 10%. Ward 3: no known record. Overall 70 of 300 known = 23.3%.
   */
  private static CompletenessReport wards() {
    return TestReports.tally()
        .add("Ward 1", "A", 140)
        .add("Ward 1", "S", 40)
        .add("Ward 1", "L", 20)
        .add("Ward 1", "99", 50)
        .add("Ward 2", "K", 90)
        .add("Ward 2", "C", 10)
        .add("Ward 3", "Z", 5)
        .report();
  }

  @Test
  void sumsAnyOtherCategoriesAmongKnownRecords() {
    List<Finding> findings = OtherCategoryShareRule.atMost(0.20).check(wards());
    assertThat(findings)
        .extracting(Finding::message)
        .containsExactly(
            "Overall: 23.3% of 300 known records are in an 'Any other' category (70 records:"
                + " S 40, L 20, C 10); at most 20% allowed",
            "Ward 1: 30.0% of 200 known records are in an 'Any other' category (60 records:"
                + " S 40, L 20); at most 20% allowed");
    Finding ward1 = findings.get(1);
    assertThat(ward1.ruleId()).isEqualTo("other-category-share");
    assertThat(ward1.observed()).isEqualTo(0.3);
    assertThat(ward1.threshold()).isEqualTo(0.2);
    assertThat(ward1.count()).isEqualTo(60);
    assertThat(ward1.total()).isEqualTo(200);
  }

  @Test
  void aShareAtTheMaximumPassesAndUnitsWithoutKnownRecordsAreSkipped() {
    assertThat(OtherCategoryShareRule.atMost(0.30).check(wards())).isEmpty();
    assertThat(OtherCategoryShareRule.atMost(0.05).check(wards()))
        .extracting(Finding::unit)
        .containsExactly("", "Ward 1", "Ward 2");
  }

  @Test
  void cannotCheckPreAggregatedCounts() {
    assertThat(
            OtherCategoryShareRule.atMost(0.1).check(TestReports.ofCounts(UnitCount.of("N", 1, 2))))
        .extracting(Finding::unit, Finding::severity)
        .containsExactly(tuple("", Severity.ERROR), tuple("N", Severity.ERROR));
  }

  @Test
  void keepsItsConfiguration() {
    OtherCategoryShareRule rule = OtherCategoryShareRule.atMost(0.2).withSeverity(Severity.INFO);
    assertThat(rule.id()).isEqualTo("other-category-share");
    assertThat(rule.maximum()).isEqualTo(0.2);
    assertThat(rule.severity()).isEqualTo(Severity.INFO);
    assertThat(rule).hasToString("other-category-share at most 20%, INFO");
  }

  @Test
  void rejectsInvalidConfiguration() {
    assertThatThrownBy(() -> OtherCategoryShareRule.atMost(20))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "other-category-share: maximum share must be a fraction in [0, 1], got 20.0"
                + " (write 95% as 0.95)");
    assertThatThrownBy(() -> OtherCategoryShareRule.atMost(-0.2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "other-category-share: maximum share must be a fraction in [0, 1], got -0.2"
                + " (write 95% as 0.95)");
    assertThatThrownBy(() -> OtherCategoryShareRule.atMost(0.2).withSeverity(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("severity");
    assertThatThrownBy(() -> OtherCategoryShareRule.atMost(0.2).check(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("report");
  }
}
