package org.equalitymonitoring.completeness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TargetTest {
  // 80% by October, 90% by January, 95% by April.
  private final Target target =
      Target.of(
          0.95,
          LocalDate.of(2027, 4, 1),
          List.of(
              Milestone.of(LocalDate.of(2027, 1, 1), 0.90),
              Milestone.of(LocalDate.of(2026, 10, 1), 0.80)));

  @Test
  void theMilestoneInForceIsTheLatestPassed() {
    assertThat(target.requiredOn(LocalDate.of(2026, 9, 30))).isEmpty();
    assertThat(target.requiredOn(LocalDate.of(2026, 10, 1))).hasValue(0.80);
    assertThat(target.requiredOn(LocalDate.of(2026, 12, 31))).hasValue(0.80);
    assertThat(target.requiredOn(LocalDate.of(2027, 2, 1))).hasValue(0.90);
    assertThat(target.requiredOn(LocalDate.of(2027, 4, 1))).hasValue(0.95);
    assertThat(target.milestones()).hasSize(3);
    assertThat(Target.of(0.95).requiredOn(LocalDate.MIN)).hasValue(0.95);
  }

  @Test
  void rejectsBadThresholdsAndMilestones() {
    assertThatThrownBy(() -> Target.of(95))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a threshold must be a fraction in (0, 1], got 95.0 (write 95% as 0.95)");
    assertThatThrownBy(
            () ->
                Target.of(
                    0.95,
                    LocalDate.of(2027, 4, 1),
                    List.of(Milestone.of(LocalDate.of(2027, 5, 1), 0.9))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("milestone 0.9 by 2027-05-01 must be before the due date 2027-04-01");
    assertThatThrownBy(
            () ->
                Target.of(
                    0.95,
                    LocalDate.of(2027, 4, 1),
                    List.of(
                        Milestone.of(LocalDate.of(2026, 10, 1), 0.9),
                        Milestone.of(LocalDate.of(2027, 1, 1), 0.8))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("milestone thresholds must not fall over time, got 0.9 by 2026-10-01 then 0.8");
  }

  @Test
  void thresholdsRunFromJustAboveZeroToOneInclusive() {
    assertThat(Target.of(1.0).threshold()).isEqualTo(1.0);
    assertThatThrownBy(() -> Target.of(0.0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a threshold must be a fraction in (0, 1], got 0.0 (write 95% as 0.95)");
    assertThatThrownBy(() -> Target.of(1.0000001))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("got 1.0000001");
  }

  @Test
  void aMilestoneMayAlreadyAskForTheFullTarget() {
    // Thresholds must not fall over time; staying level (95% in January and by April) is allowed.
    Target level =
        Target.of(
            0.95, LocalDate.of(2027, 4, 1), List.of(Milestone.of(LocalDate.of(2027, 1, 1), 0.95)));
    assertThat(level.requiredOn(LocalDate.of(2027, 1, 1))).hasValue(0.95);
    assertThat(level.dueDate()).contains(LocalDate.of(2027, 4, 1));
    assertThat(Target.of(0.95).dueDate()).isEmpty();
    assertThat(Target.of(0.95).milestones()).isEmpty();
  }

  @Test
  void targetsAreEqualWhenThresholdDueDateAndMilestonesAre() {
    Target same =
        Target.of(
            0.95,
            LocalDate.of(2027, 4, 1),
            List.of(
                Milestone.of(LocalDate.of(2026, 10, 1), 0.80),
                Milestone.of(LocalDate.of(2027, 1, 1), 0.90)));
    assertThat(same).isEqualTo(target).hasSameHashCodeAs(target);
    assertThat(Target.of(0.95)).isEqualTo(Target.of(0.95)).isNotEqualTo(Target.of(0.9));
    assertThat(Target.of(0.95, LocalDate.of(2027, 4, 1), List.of()))
        .isNotEqualTo(Target.of(0.95))
        .isNotEqualTo(Target.of(0.95, LocalDate.of(2027, 5, 1), List.of()))
        .isNotEqualTo(target)
        .isNotEqualTo(0.95);
    assertThat(target).hasToString("0.95 by 2027-04-01");
    assertThat(Target.of(0.9)).hasToString("0.9");
  }
}
