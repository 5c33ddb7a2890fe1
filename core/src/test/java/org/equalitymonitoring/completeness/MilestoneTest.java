package org.equalitymonitoring.completeness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MilestoneTest {
  private static final LocalDate OCTOBER = LocalDate.of(2026, 10, 1);

  @Test
  void milestonesAreEqualWhenDateAndThresholdAre() {
    Milestone milestone = Milestone.of(OCTOBER, 0.8);
    assertThat(milestone.date()).isEqualTo(OCTOBER);
    assertThat(milestone.threshold()).isEqualTo(0.8);
    assertThat(Milestone.of(OCTOBER, 0.8)).isEqualTo(milestone).hasSameHashCodeAs(milestone);
    assertThat(Milestone.of(OCTOBER, 0.9)).isNotEqualTo(milestone);
    assertThat(Milestone.of(OCTOBER.plusDays(1), 0.8)).isNotEqualTo(milestone);
    assertThat(milestone).isNotEqualTo(OCTOBER).hasToString("0.8 by 2026-10-01");
  }

  @Test
  void rejectsThresholdsOutsideZeroToOne() {
    assertThatThrownBy(() -> Milestone.of(OCTOBER, 80))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a threshold must be a fraction in (0, 1], got 80.0 (write 95% as 0.95)");
    assertThatThrownBy(() -> Milestone.of(null, 0.8))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("date");
  }
}
