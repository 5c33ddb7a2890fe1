package org.equalitymonitoring.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.equalitymonitoring.completeness.CompletenessReport;
import org.equalitymonitoring.completeness.UnitCount;
import org.junit.jupiter.api.Test;

class DominantCodeRuleTest {
  /**
   * Ward 1: A on 98 of 100 records, a default. Ward 2: 99 on 4 of 4. Ward 3: A 50, H 50. Overall A
   * is 148 of 204 = 72.5%.
   */
  private static CompletenessReport wards() {
    return TestReports.tally()
        .add("Ward 1", "A", 98)
        .add("Ward 1", "", 2)
        .add("Ward 2", "99", 4)
        .add("Ward 3", "A", 50)
        .add("Ward 3", "H", 50)
        .report();
  }

  @Test
  void findsEveryCodeAboveTheShare() {
    List<Finding> findings = DominantCodeRule.atMost(0.90).check(wards());
    assertThat(findings)
        .extracting(Finding::message)
        .containsExactly(
            "Ward 1: 98.0% of 100 records carry the code A (98 records), a sign of a system"
                + " default; at most 90% expected",
            "Ward 2: 100.0% of 4 records carry the code 99 (4 records), a sign of a system"
                + " default; at most 90% expected");
    Finding ward1 = findings.get(0);
    assertThat(ward1.ruleId()).isEqualTo("dominant-code");
    assertThat(ward1.subject()).contains("A");
    assertThat(ward1.observed()).isEqualTo(0.98);
    assertThat(ward1.threshold()).isEqualTo(0.9);
    assertThat(ward1.count()).isEqualTo(98);
    assertThat(ward1.total()).isEqualTo(100);
  }

  @Test
  void flagsSeveralCodesWhenTheMaximumIsLow() {
    assertThat(DominantCodeRule.atMost(0.45).check(wards()))
        .extracting(Finding::unit, f -> f.subject().orElseThrow())
        .containsExactly(
            tuple("", "A"),
            tuple("Ward 1", "A"),
            tuple("Ward 2", "99"),
            tuple("Ward 3", "A"),
            tuple("Ward 3", "H"));
  }

  @Test
  void skipsSmallUnits() {
    assertThat(DominantCodeRule.atMost(0.90).withMinimumRecords(5).check(wards()))
        .extracting(Finding::unit)
        .containsExactly("Ward 1");
    assertThat(DominantCodeRule.atMost(0.90).withMinimumRecords(4).check(wards()))
        .extracting(Finding::unit)
        .containsExactly("Ward 1", "Ward 2");
  }

  @Test
  void cannotCheckPreAggregatedCounts() {
    assertThat(DominantCodeRule.atMost(0.9).check(TestReports.ofCounts(UnitCount.of("N", 1, 2))))
        .extracting(Finding::unit)
        .containsExactly("", "N");
  }

  @Test
  void keepsItsConfiguration() {
    DominantCodeRule rule =
        DominantCodeRule.atMost(0.9).withMinimumRecords(50).withSeverity(Severity.WARNING);
    assertThat(rule.id()).isEqualTo("dominant-code");
    assertThat(rule.maximum()).isEqualTo(0.9);
    assertThat(rule.minimumRecords()).isEqualTo(50);
    assertThat(rule.severity()).isEqualTo(Severity.WARNING);
    assertThat(rule)
        .hasToString("dominant-code at most 90% in units of at least 50 records, WARNING");
    assertThat(DominantCodeRule.atMost(0.9).minimumRecords()).isZero();
  }

  @Test
  void rejectsInvalidConfiguration() {
    assertThatThrownBy(() -> DominantCodeRule.atMost(90))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "dominant-code: maximum share must be a fraction in [0, 1], got 90.0"
                + " (write 95% as 0.95)");
    assertThatThrownBy(() -> DominantCodeRule.atMost(0.9).withMinimumRecords(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("dominant-code: minimum records must be at least 0, got -1");
    assertThatThrownBy(() -> DominantCodeRule.atMost(0.9).withSeverity(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("severity");
    assertThatThrownBy(() -> DominantCodeRule.atMost(0.9).check(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("report");
  }
}
