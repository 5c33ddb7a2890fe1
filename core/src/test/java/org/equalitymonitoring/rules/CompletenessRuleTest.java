package org.equalitymonitoring.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.equalitymonitoring.completeness.CompletenessDefinition;
import org.equalitymonitoring.completeness.CompletenessReport;
import org.equalitymonitoring.completeness.UnitCount;
import org.junit.jupiter.api.Test;

class CompletenessRuleTest {
  /**
   * Ward 7: 81 of 100 known (Wilson 95% 72.2% to 87.5%, significantly below 95%). Ward 8: 93 of 100
   * (86.3% to 96.6%, below 95% but not significantly). Ward 9: 100 of 100. Overall 274 of 300 =
   * 91.3% (87.6% to 94.0%, significantly below).
   */
  private static CompletenessReport wards() {
    return TestReports.tally()
        .add("Ward 7", "A", 81)
        .add("Ward 7", "99", 19)
        .add("Ward 8", "B", 93)
        .add("Ward 8", "Z", 7)
        .add("Ward 9", "A", 100)
        .report();
  }

  @Test
  void findsEveryUnitBelowTheTargetOverallFirst() {
    List<Finding> findings = CompletenessRule.atLeast(0.95).check(wards());
    assertThat(findings)
        .extracting(Finding::unit, Finding::severity)
        .containsExactly(
            tuple("", Severity.ERROR),
            tuple("Ward 7", Severity.ERROR),
            tuple("Ward 8", Severity.ERROR));
    assertThat(findings)
        .extracting(Finding::message)
        .containsExactly(
            "Overall: 91.3% of 300 records have a known ethnic category (95% CI 87.6% to 94.0%);"
                + " target 95%",
            "Ward 7: 81.0% of 100 records have a known ethnic category (95% CI 72.2% to 87.5%);"
                + " target 95%",
            "Ward 8: 93.0% of 100 records have a known ethnic category (95% CI 86.3% to 96.6%);"
                + " target 95%");
    Finding ward7 = findings.get(1);
    assertThat(ward7.ruleId()).isEqualTo("completeness");
    assertThat(ward7.observed()).isEqualTo(0.81);
    assertThat(ward7.threshold()).isEqualTo(0.95);
    assertThat(ward7.count()).isEqualTo(81);
    assertThat(ward7.total()).isEqualTo(100);
    assertThat(ward7.subject()).isEmpty();
  }

  @Test
  void aUnitExactlyAtTheTargetPasses() {
    assertThat(CompletenessRule.atLeast(0.81).check(wards())).extracting(Finding::unit).isEmpty();
    assertThat(CompletenessRule.atLeast(0.82).check(wards()))
        .extracting(Finding::unit)
        .containsExactly("Ward 7");
  }

  @Test
  void significantModeFailsOnlyWhenTheUpperLimitIsBelow() {
    List<Finding> findings =
        CompletenessRule.atLeast(0.95).onlyWhenSignificantlyBelow().check(wards());
    assertThat(findings).extracting(Finding::unit).containsExactly("", "Ward 7", "Ward 8");
    assertThat(findings)
        .extracting(Finding::severity)
        .containsExactly(Severity.ERROR, Severity.ERROR, Severity.WARNING);
    assertThat(findings.get(1).message())
        .endsWith("target 95%, and the upper confidence limit is below it");
    assertThat(findings.get(2).message())
        .isEqualTo(
            "Ward 8: 93.0% of 100 records have a known ethnic category (95% CI 86.3% to 96.6%);"
                + " target 95%, but it is not significantly below it");
  }

  @Test
  void severityIsConfigurable() {
    List<Finding> findings =
        CompletenessRule.atLeast(0.95)
            .onlyWhenSignificantlyBelow()
            .withSeverity(Severity.WARNING)
            .check(wards());
    assertThat(findings)
        .extracting(Finding::severity)
        .containsExactly(Severity.WARNING, Severity.WARNING, Severity.INFO);
  }

  @Test
  void namesTheValidDefinitionAndFormatsLargeCounts() {
    CompletenessReport report =
        TestReports.tally()
            .add("Ward 7", "A", 1000)
            .add("Ward 7", "Z", 2)
            .add("Ward 7", "99", 232)
            .report(CompletenessDefinition.VALID);
    // 1,002 of 1,234 valid = 81.2%, Wilson 95% 78.9% to 83.3%.
    assertThat(CompletenessRule.atLeast(0.95).check(report))
        .extracting(Finding::message)
        .containsExactly(
            "Overall: 81.2% of 1,234 records have a valid ethnic category (known or not stated)"
                + " (95% CI 78.9% to 83.3%); target 95%",
            "Ward 7: 81.2% of 1,234 records have a valid ethnic category (known or not stated)"
                + " (95% CI 78.9% to 83.3%); target 95%");
  }

  @Test
  void worksOnPreAggregatedCounts() {
    CompletenessReport report =
        TestReports.ofCounts(UnitCount.of("North", 96, 100), UnitCount.of("South", 90, 100));
    // Overall 186 of 200 = 93.0%.
    assertThat(CompletenessRule.atLeast(0.95).check(report))
        .extracting(Finding::unit, Finding::observed)
        .containsExactly(tuple("", 0.93), tuple("South", 0.90));
  }

  @Test
  void keepsItsConfiguration() {
    CompletenessRule rule = CompletenessRule.atLeast(0.9).onlyWhenSignificantlyBelow();
    assertThat(rule.id()).isEqualTo("completeness");
    assertThat(rule.target()).isEqualTo(0.9);
    assertThat(rule.significantOnly()).isTrue();
    assertThat(rule.severity()).isEqualTo(Severity.ERROR);
    assertThat(CompletenessRule.atLeast(0.9).significantOnly()).isFalse();
    assertThat(rule).hasToString("completeness at least 90% (significant shortfalls only), ERROR");
  }

  @Test
  void rejectsInvalidConfiguration() {
    assertThatThrownBy(() -> CompletenessRule.atLeast(95))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "completeness: target must be a fraction in [0, 1], got 95.0 (write 95% as 0.95)");
    assertThatThrownBy(() -> CompletenessRule.atLeast(-0.1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "completeness: target must be a fraction in [0, 1], got -0.1 (write 95% as 0.95)");
    assertThatThrownBy(() -> CompletenessRule.atLeast(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "completeness: target must be a fraction in [0, 1], got NaN (write 95% as 0.95)");
    assertThatThrownBy(() -> CompletenessRule.atLeast(0.95).withSeverity(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("severity");
    assertThatThrownBy(() -> CompletenessRule.atLeast(0.95).check(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("report");
  }
}
