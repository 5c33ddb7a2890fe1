package org.equalitymonitoring.rules;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.equalitymonitoring.completeness.CompletenessReport;
import org.junit.jupiter.api.Test;

class QualityAssertionsTest {
  /** The usage the Javadoc shows, in a JUnit test: a passing chain says nothing. */
  @Test
  void aWellRecordedExtractPasses() {
    CompletenessReport report =
        TestReports.tally()
            .add("Ward 1", "A", 50)
            .add("Ward 1", "H", 48)
            .add("Ward 1", "Z", 2)
            .add("Ward 2", "N", 60)
            .add("Ward 2", "B", 40)
            .report();
    QualityAssertions.assertThat(report)
        .meetsCompleteness(0.95)
        .hasNotStatedShareAtMost(0.10)
        .hasNoUnrecognisedValues()
        .hasNoCodeAbove(0.90);
  }

  @Test
  void aBadlyRecordedExtractFailsNamingEveryUnit() {
    CompletenessReport report =
        TestReports.tally()
            .add("Ward 1", "A", 81)
            .add("Ward 1", "99", 19)
            .add("Ward 2", "A", 70)
            .add("Ward 2", "", 30)
            .report();
    assertThatThrownBy(() -> QualityAssertions.assertThat(report).meetsCompleteness(0.95))
        .isExactlyInstanceOf(AssertionError.class)
        .hasMessageContaining("3 findings broke it")
        .hasMessageContaining("Overall: 75.5% of 200 records")
        .hasMessageContaining("Ward 1: 81.0% of 100 records")
        .hasMessageContaining("Ward 2: 70.0% of 100 records");
  }

  @Test
  void assertPassedChecksARuleReport() {
    QualityAssertions.assertPassed(
        RuleReport.of(
            List.of(Finding.of("r", Severity.WARNING, "u", 0.5, 0.1, 5, 10, "u: too many"))));
    RuleReport failed =
        RuleReport.of(
            List.of(
                Finding.of("r", Severity.ERROR, "u", 0.5, 0.1, 5, 10, "u: too many"),
                Finding.of("r", Severity.INFO, "v", 0.5, 0.1, 5, 10, "v: note"),
                Finding.of("s", Severity.ERROR, "", 0.2, 0.1, 2, 10, "Overall: too many")));
    assertThatThrownBy(() -> QualityAssertions.assertPassed(failed))
        .isExactlyInstanceOf(AssertionError.class)
        .hasMessage(
            "Expected every rule to pass, but 2 findings broke it:\n"
                + "  ERROR r: u: too many\n"
                + "  ERROR s: Overall: too many");
  }

  @Test
  void rejectsNulls() {
    assertThatThrownBy(() -> QualityAssertions.assertThat(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("report");
    assertThatThrownBy(() -> QualityAssertions.assertPassed(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("result");
  }
}
