package org.equalitymonitoring.completeness;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.OptionalDouble;
import org.equalitymonitoring.stats.ConfidenceLevel;
import org.junit.jupiter.api.Test;

class PeriodCompletenessTest {
  private static UnitCompleteness evaluated(String period, long complete, long total) {
    return CompletenessReport.evaluateOne(
        period,
        complete,
        total,
        Optional.empty(),
        Optional.empty(),
        ProgressOverTime.periodEnd(period),
        ConfidenceLevel.NINETY_FIVE);
  }

  @Test
  void periodsAreEqualWhenPeriodEvaluationAndChangeAre() {
    PeriodCompleteness april =
        new PeriodCompleteness("2027-04", evaluated("2027-04", 96, 100), OptionalDouble.of(0.08));
    PeriodCompleteness same =
        new PeriodCompleteness("2027-04", evaluated("2027-04", 96, 100), OptionalDouble.of(0.08));
    assertThat(same).isEqualTo(april).hasSameHashCodeAs(april);
    assertThat(new PeriodCompleteness("2027", april.completeness(), april.change()))
        .isNotEqualTo(april);
    assertThat(new PeriodCompleteness("2027-04", evaluated("2027-04", 95, 100), april.change()))
        .isNotEqualTo(april);
    assertThat(new PeriodCompleteness("2027-04", april.completeness(), OptionalDouble.empty()))
        .isNotEqualTo(april);
    assertThat(april).isNotEqualTo(april.completeness());
    assertThat(april.toString()).startsWith("2027-04 ");
  }
}
