package org.equalitymonitoring.completeness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.equalitymonitoring.coding.Recogniser;
import org.equalitymonitoring.coding.TestSchemes;
import org.equalitymonitoring.stats.ConfidenceLevel;
import org.junit.jupiter.api.Test;

class ProgressOverTimeTest {
  private final Recogniser recogniser = Recogniser.of(TestSchemes.nhs2001());

  @Test
  void evaluatesEachPeriodAgainstTheMilestoneInForceAtItsEnd() {
    CompletenessTally tally = CompletenessTally.create();
    tally
        .add("2026-10", recogniser.recognise("A"), 82)
        .add("2026-10", recogniser.recognise("Z"), 18);
    tally
        .add("2027-01", recogniser.recognise("A"), 88)
        .add("2027-01", recogniser.recognise(""), 12);
    tally
        .add("2027-04", recogniser.recognise("B"), 96)
        .add("2027-04", recogniser.recognise("99"), 4);
    Target target =
        Target.of(
            0.95,
            LocalDate.of(2027, 4, 1),
            List.of(
                Milestone.of(LocalDate.of(2026, 10, 1), 0.80),
                Milestone.of(LocalDate.of(2027, 1, 1), 0.90)));
    List<PeriodCompleteness> progress =
        ProgressOverTime.of(
            tally, CompletenessDefinition.KNOWN, Optional.of(target), ConfidenceLevel.NINETY_FIVE);
    assertThat(progress)
        .extracting(PeriodCompleteness::period)
        .containsExactly("2026-10", "2027-01", "2027-04");
    assertThat(progress.get(0).completeness().trajectory()).isEqualTo(Trajectory.ON_TRACK);
    assertThat(progress.get(0).change()).isEmpty();
    // 88% at the end of January 2027, when 90% is due.
    assertThat(progress.get(1).completeness().trajectory()).isEqualTo(Trajectory.OFF_TRACK);
    assertThat(progress.get(1).change().getAsDouble()).isCloseTo(0.88 - 0.82, within(1e-12));
    assertThat(progress.get(2).completeness().meetsTarget()).isEqualTo(TargetStatus.MET);
    assertThat(progress.get(2).change().getAsDouble()).isCloseTo(0.96 - 0.88, within(1e-12));
  }

  @Test
  void readsPeriodEnds() {
    assertThat(ProgressOverTime.periodEnd("2027-02")).isEqualTo(LocalDate.of(2027, 2, 28));
    assertThat(ProgressOverTime.periodEnd("2026")).isEqualTo(LocalDate.of(2026, 12, 31));
    assertThat(ProgressOverTime.periodEnd("2026-05-17")).isEqualTo(LocalDate.of(2026, 5, 17));
    assertThatThrownBy(() -> ProgressOverTime.periodEnd("Q1 2026"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a period must be written yyyy-MM-dd, yyyy-MM or yyyy, got 'Q1 2026'");
  }
}
