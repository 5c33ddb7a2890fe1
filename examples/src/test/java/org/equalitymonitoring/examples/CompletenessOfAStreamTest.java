package org.equalitymonitoring.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import org.equalitymonitoring.completeness.CompletenessReport;
import org.equalitymonitoring.completeness.TargetStatus;
import org.equalitymonitoring.completeness.Trajectory;
import org.equalitymonitoring.completeness.UnitCompleteness;
import org.equalitymonitoring.stats.FunnelSignificance;
import org.junit.jupiter.api.Test;

/**
 * Checks the report against hand calculations: the counts of {@link
 * CompletenessOfAStream#sampleRecords()} (Z, 99, X and blanks are not known), Wilson score
 * intervals with z = 1.959964 computed from the textbook formula {@code (p + z²/2n ±
 * z·sqrt(p(1-p)/n + z²/4n²)) / (1 + z²/n)}, and funnel limits around the pooled 448/500 = 89.6%
 * found by solving for the proportion whose Wilson interval just reaches 89.6% (one-sided 0.025 and
 * 0.001).
 */
class CompletenessOfAStreamTest {
  private static final LocalDate AS_OF = LocalDate.of(2026, 2, 1);
  private final CompletenessReport report =
      CompletenessOfAStream.evaluate(CompletenessOfAStream.sampleRecords(), AS_OF);

  @Test
  void northMeetsTheTargetExactly() {
    // 190/200 = 95.0%, Wilson 91.04% to 97.26%; funnel limits at n = 200: 95% upper 93.83%,
    // 99.8% upper 96.27%, so "High (0.025)".
    UnitCompleteness north = ward("North");
    assertThat(north.complete()).isEqualTo(190);
    assertThat(north.total()).isEqualTo(200);
    assertThat(north.proportion().value()).isEqualTo(0.95);
    assertThat(north.proportion().lower()).isCloseTo(0.9104219, within(1e-6));
    assertThat(north.proportion().upper()).isCloseTo(0.9726174, within(1e-6));
    assertThat(north.meetsTarget()).isEqualTo(TargetStatus.MET);
    assertThat(north.significantlyBelowTarget()).isFalse();
    assertThat(north.trajectory()).isEqualTo(Trajectory.ON_TRACK);
    assertThat(north.funnel()).contains(FunnelSignificance.HIGH_0_025);
  }

  @Test
  void southIsOffTrackAndLow() {
    // 160/200 = 80.0%, Wilson 73.91% to 84.95% (upper limit below 95%); the 90% milestone of
    // January 2026 is in force; funnel 99.8% lower limit at n = 200 is 82.93%: "Low (0.001)".
    UnitCompleteness south = ward("South");
    assertThat(south.complete()).isEqualTo(160);
    assertThat(south.proportion().lower()).isCloseTo(0.7391448, within(1e-6));
    assertThat(south.proportion().upper()).isCloseTo(0.8495480, within(1e-6));
    assertThat(south.meetsTarget()).isEqualTo(TargetStatus.NOT_MET);
    assertThat(south.significantlyBelowTarget()).isTrue();
    assertThat(south.requiredNow()).hasValue(0.90);
    assertThat(south.trajectory()).isEqualTo(Trajectory.OFF_TRACK);
    assertThat(south.funnel()).contains(FunnelSignificance.LOW_0_001);
  }

  @Test
  void eastMeetsTheTarget() {
    // 98/100 = 98.0%, Wilson 92.999% to 99.450%; funnel limits at n = 100: 95% upper 95.58%,
    // 99.8% upper 99.03%, so "High (0.025)".
    UnitCompleteness east = ward("East");
    assertThat(east.complete()).isEqualTo(98);
    assertThat(east.total()).isEqualTo(100);
    assertThat(east.proportion().lower()).isCloseTo(0.9299882, within(1e-6));
    assertThat(east.proportion().upper()).isCloseTo(0.9944980, within(1e-6));
    assertThat(east.meetsTarget()).isEqualTo(TargetStatus.MET);
    assertThat(east.funnel()).contains(FunnelSignificance.HIGH_0_025);
  }

  @Test
  void overallIsPooled() {
    // 448/500 = 89.6%, Wilson 86.62% to 91.98%: below the target, below the 90% milestone.
    UnitCompleteness overall = report.overall();
    assertThat(overall.complete()).isEqualTo(448);
    assertThat(overall.total()).isEqualTo(500);
    assertThat(overall.proportion().lower()).isCloseTo(0.8661557, within(1e-6));
    assertThat(overall.proportion().upper()).isCloseTo(0.9198058, within(1e-6));
    assertThat(overall.meetsTarget()).isEqualTo(TargetStatus.NOT_MET);
    assertThat(overall.trajectory()).isEqualTo(Trajectory.OFF_TRACK);
  }

  @Test
  void beforeTheFirstMilestoneNoneIsDue() {
    CompletenessReport early =
        CompletenessOfAStream.evaluate(
            CompletenessOfAStream.sampleRecords(), LocalDate.of(2025, 9, 30));
    assertThat(early.units()).allMatch(u -> u.trajectory() == Trajectory.NO_MILESTONE_DUE);
  }

  @Test
  void aParallelStreamGivesTheSameReport() {
    CompletenessReport parallel =
        CompletenessOfAStream.evaluate(CompletenessOfAStream.sampleRecords().parallel(), AS_OF);
    assertThat(parallel.units()).isEqualTo(report.units());
  }

  @Test
  void mainRuns() {
    CompletenessOfAStream.main(new String[0]);
  }

  private UnitCompleteness ward(String name) {
    return report.units().stream().filter(u -> u.unit().equals(name)).findFirst().orElseThrow();
  }
}
