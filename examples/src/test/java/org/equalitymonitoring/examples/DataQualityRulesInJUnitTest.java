package org.equalitymonitoring.examples;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.equalitymonitoring.completeness.CompletenessReport;
import org.equalitymonitoring.rules.QualityAssertions;
import org.junit.jupiter.api.Test;

/**
 * Data-quality rules in a JUnit test, as a pipeline's test suite would write them: the test fails
 * with every ward and figure that broke a rule. The extract is {@link
 * CompletenessOfAStream#sampleRecords()}: North 190 of 200 known (6 Not stated), South 160 of 200,
 * East 98 of 100.
 */
class DataQualityRulesInJUnitTest {
  private final CompletenessReport report =
      CompletenessOfAStream.evaluate(
          CompletenessOfAStream.sampleRecords(), LocalDate.of(2026, 4, 1));

  @Test
  void theExtractHasNoUnrecognisedValuesAndFewNotStated() {
    // Passes silently: every value was a code, a label, blank, or Not stated / Not known, and
    // Not stated is at most 3% of any ward (North: 6 of 200).
    QualityAssertions.assertThat(report).hasNoUnrecognisedValues().hasNotStatedShareAtMost(0.05);
  }

  @Test
  void aWardBelowTheTargetFailsTheTestNamingTheWardAndItsFigures() {
    // South: 160 of 200 = 80.0% known, below 95%; the message names it with its figures.
    assertThatThrownBy(() -> QualityAssertions.assertThat(report).meetsCompleteness(0.95))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("South: 80.0% of 200 records have a known ethnic category");
  }
}
