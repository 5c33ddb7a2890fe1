package org.equalitymonitoring.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.equalitymonitoring.completeness.CompletenessReport;
import org.equalitymonitoring.completeness.UnitCount;
import org.junit.jupiter.api.Test;

class InvalidCodesRuleTest {
  /** Ward 1: 2 unrecognised of 100; Ward 2: 1 of 200; Ward 3: none (missing values are not). */
  private static CompletenessReport wards() {
    return TestReports.tally()
        .add("Ward 1", "A", 98)
        .add("Ward 1", "??", 2)
        .add("Ward 2", "A", 199)
        .add("Ward 2", "not a code", 1)
        .add("Ward 3", "A", 90)
        .add("Ward 3", "", 10)
        .report();
  }

  @Test
  void noneFindsEveryUnitWithAnInvalidValue() {
    List<Finding> findings = InvalidCodesRule.none().check(wards());
    assertThat(findings)
        .extracting(Finding::message)
        .containsExactly(
            "Overall: 3 of 400 records (0.8%) hold values that are not a code of the scheme"
                + " (3 unrecognised, 0 ambiguous); none tolerated",
            "Ward 1: 2 of 100 records (2.0%) hold values that are not a code of the scheme"
                + " (2 unrecognised, 0 ambiguous); none tolerated",
            "Ward 2: 1 of 200 records (0.5%) holds a value that is not a code of the scheme"
                + " (1 unrecognised, 0 ambiguous); none tolerated");
    Finding ward1 = findings.get(1);
    assertThat(ward1.ruleId()).isEqualTo("invalid-codes");
    assertThat(ward1.observed()).isEqualTo(0.02);
    assertThat(ward1.threshold()).isEqualTo(0.0);
    assertThat(ward1.count()).isEqualTo(2);
    assertThat(ward1.total()).isEqualTo(100);
  }

  @Test
  void toleratesAShare() {
    // 1% tolerated: Ward 1 (2%) breaks it; Ward 2 (0.5%) and overall (0.75%) do not.
    assertThat(InvalidCodesRule.atMost(0.01).check(wards()))
        .extracting(Finding::message)
        .containsExactly(
            "Ward 1: 2 of 100 records (2.0%) hold values that are not a code of the scheme"
                + " (2 unrecognised, 0 ambiguous); at most 1% tolerated");
  }

  @Test
  void countsAmbiguousValues() {
    CompletenessReport report =
        TestReports.tally(TestReports.caseClash())
            .add("u", "Q", 6)
            .add("u", " q ", 3)
            .add("u", "x", 1)
            .report();
    assertThat(InvalidCodesRule.none().check(report))
        .extracting(Finding::unit, Finding::count)
        .containsExactly(tuple("", 4L), tuple("u", 4L));
    assertThat(InvalidCodesRule.none().check(report).get(1).message())
        .isEqualTo(
            "u: 4 of 10 records (40.0%) hold values that are not a code of the scheme"
                + " (1 unrecognised, 3 ambiguous); none tolerated");
  }

  @Test
  void cannotCheckPreAggregatedCounts() {
    assertThat(InvalidCodesRule.none().check(TestReports.ofCounts(UnitCount.of("North", 9, 10))))
        .extracting(Finding::message)
        .allSatisfy(message -> assertThat(message).contains("cannot check rule 'invalid-codes'"))
        .hasSize(2);
  }

  @Test
  void keepsItsConfiguration() {
    assertThat(InvalidCodesRule.none().tolerated()).isEqualTo(0.0);
    assertThat(InvalidCodesRule.none()).hasToString("invalid-codes none, ERROR");
    InvalidCodesRule rule = InvalidCodesRule.atMost(0.01).withSeverity(Severity.WARNING);
    assertThat(rule.id()).isEqualTo("invalid-codes");
    assertThat(rule.tolerated()).isEqualTo(0.01);
    assertThat(rule.severity()).isEqualTo(Severity.WARNING);
    assertThat(rule).hasToString("invalid-codes at most 1%, WARNING");
  }

  @Test
  void rejectsInvalidConfiguration() {
    assertThatThrownBy(() -> InvalidCodesRule.atMost(1.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "invalid-codes: tolerated share must be a fraction in [0, 1], got 1.5"
                + " (write 95% as 0.95)");
    assertThatThrownBy(() -> InvalidCodesRule.atMost(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "invalid-codes: tolerated share must be a fraction in [0, 1], got -1.0"
                + " (write 95% as 0.95)");
    assertThatThrownBy(() -> InvalidCodesRule.none().withSeverity(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("severity");
    assertThatThrownBy(() -> InvalidCodesRule.none().check(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("report");
  }
}
