package org.equalitymonitoring.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.equalitymonitoring.completeness.CompletenessReport;
import org.equalitymonitoring.completeness.UnitCount;
import org.junit.jupiter.api.Test;

class NotStatedShareRuleTest {
  /** Ward 1: 12 of 100 Z; Ward 2: 5 of 100; Ward 3: 10 of 100; overall 27 of 300 = 9%. */
  private static CompletenessReport wards() {
    return TestReports.tally()
        .add("Ward 1", "A", 88)
        .add("Ward 1", "Z", 12)
        .add("Ward 2", "A", 95)
        .add("Ward 2", "Z", 5)
        .add("Ward 3", "A", 85)
        .add("Ward 3", "99", 5)
        .add("Ward 3", "Z", 10)
        .report();
  }

  @Test
  void findsUnitsAboveTheShare() {
    List<Finding> findings = NotStatedShareRule.atMost(0.10).check(wards());
    assertThat(findings).hasSize(1);
    Finding finding = findings.get(0);
    assertThat(finding.message())
        .isEqualTo(
            "Ward 1: 12.0% of 100 records are 'Not stated' (12 records); at most 10% allowed");
    assertThat(finding.ruleId()).isEqualTo("not-stated-share");
    assertThat(finding.severity()).isEqualTo(Severity.ERROR);
    assertThat(finding.unit()).isEqualTo("Ward 1");
    assertThat(finding.observed()).isEqualTo(0.12);
    assertThat(finding.threshold()).isEqualTo(0.10);
    assertThat(finding.count()).isEqualTo(12);
    assertThat(finding.total()).isEqualTo(100);
  }

  @Test
  void checksTheOverallResultToo() {
    // Overall 27 of 300 = 9.0%, Ward 1 12% and Ward 3 10% are above 8%; Ward 2 (5%) is not.
    assertThat(NotStatedShareRule.atMost(0.08).check(wards()))
        .extracting(Finding::message)
        .containsExactly(
            "Overall: 9.0% of 300 records are 'Not stated' (27 records); at most 8% allowed",
            "Ward 1: 12.0% of 100 records are 'Not stated' (12 records); at most 8% allowed",
            "Ward 3: 10.0% of 100 records are 'Not stated' (10 records); at most 8% allowed");
  }

  @Test
  void notKnownIsNotNotStated() {
    CompletenessReport report = TestReports.tally().add("u", "99", 50).add("u", "", 50).report();
    assertThat(NotStatedShareRule.atMost(0).check(report)).isEmpty();
  }

  @Test
  void cannotCheckPreAggregatedCounts() {
    List<Finding> findings =
        NotStatedShareRule.atMost(0.1)
            .withSeverity(Severity.WARNING)
            .check(TestReports.ofCounts(UnitCount.of("North", 9, 10)));
    assertThat(findings).extracting(Finding::unit).containsExactly("", "North");
    assertThat(findings).extracting(Finding::severity).containsOnly(Severity.WARNING);
    assertThat(findings.get(1).message())
        .isEqualTo(
            "North: cannot check rule 'not-stated-share' because the report holds no recognition"
                + " counts (it was built from pre-aggregated complete and total counts)");
  }

  @Test
  void keepsItsConfiguration() {
    NotStatedShareRule rule = NotStatedShareRule.atMost(0.025).withSeverity(Severity.INFO);
    assertThat(rule.id()).isEqualTo("not-stated-share");
    assertThat(rule.maximum()).isEqualTo(0.025);
    assertThat(rule.severity()).isEqualTo(Severity.INFO);
    assertThat(rule).hasToString("not-stated-share at most 2.5%, INFO");
  }

  @Test
  void rejectsInvalidConfiguration() {
    assertThatThrownBy(() -> NotStatedShareRule.atMost(10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "not-stated-share: maximum share must be a fraction in [0, 1], got 10.0"
                + " (write 95% as 0.95)");
    assertThatThrownBy(() -> NotStatedShareRule.atMost(-0.01))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "not-stated-share: maximum share must be a fraction in [0, 1], got -0.01"
                + " (write 95% as 0.95)");
    assertThatThrownBy(() -> NotStatedShareRule.atMost(0.1).withSeverity(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("severity");
    assertThatThrownBy(() -> NotStatedShareRule.atMost(0.1).check(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("report");
  }
}
