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

class CompletenessReportTest {
  private static final double Z95 = 1.959963984540054;
  private static final LocalDate APRIL = LocalDate.of(2027, 4, 1);

  /** Wilson score limits written out from Newcombe & Altman (STATISTICAL-METHODS.md §1). */
  private static double[] wilson(double x, double n, double z) {
    double root = z * Math.sqrt(z * z + 4 * x * (1 - x / n));
    return new double[] {
      (2 * x + z * z - root) / (2 * (n + z * z)), (2 * x + z * z + root) / (2 * (n + z * z))
    };
  }

  private static CompletenessReport report(List<UnitCount> counts, Optional<Target> target) {
    return CompletenessReport.ofCounts(
        counts, CompletenessDefinition.KNOWN, target, APRIL, ConfidenceLevel.NINETY_FIVE);
  }

  @Test
  void wilsonIntervalsMatchNewcombe() {
    // Newcombe (1998) Table II: 81/263 gives 0.2553 to 0.3662 by the score method.
    UnitCompleteness unit =
        report(List.of(UnitCount.of("a", 81, 263)), Optional.empty()).units().get(0);
    assertThat(unit.proportion().value()).isCloseTo(81.0 / 263, within(1e-15));
    assertThat(unit.proportion().lower()).isCloseTo(0.2553, within(5e-5));
    assertThat(unit.proportion().upper()).isCloseTo(0.3662, within(5e-5));
  }

  @Test
  void judgesEachUnitAgainstTheTarget() {
    CompletenessReport report =
        report(
            List.of(
                UnitCount.of("meets", 960, 1000),
                UnitCount.of("close", 940, 1000),
                UnitCount.of("below", 800, 1000)),
            Optional.of(Target.of(0.95)));
    UnitCompleteness meets = report.units().get(0);
    UnitCompleteness close = report.units().get(1);
    UnitCompleteness below = report.units().get(2);
    assertThat(meets.meetsTarget()).isEqualTo(TargetStatus.MET);
    assertThat(close.meetsTarget()).isEqualTo(TargetStatus.NOT_MET);
    // 940/1000: Wilson upper limit 0.9531 > 0.95, so not significantly below.
    assertThat(wilson(940, 1000, Z95)[1]).isGreaterThan(0.95);
    assertThat(close.significantlyBelowTarget()).isFalse();
    assertThat(below.significantlyBelowTarget()).isTrue();
    assertThat(report.overall().complete()).isEqualTo(2700);
    assertThat(report.overall().total()).isEqualTo(3000);
    assertThat(report.overall().proportion().upper())
        .isCloseTo(wilson(2700, 3000, Z95)[1], within(1e-12));
    assertThat(report.overall().funnel()).isEmpty();
  }

  /**
   * The label a unit gets under the PHE proportion funnel: the funnel limits are the Wilson score
   * inversion (STATISTICAL-METHODS.md §6a), so a proportion is below the 99.8% lower limit exactly
   * when its own 99.8% Wilson upper limit is below the pooled proportion, and so on, checked in the
   * reference order Low (0.001), Low (0.025), High (0.001), High (0.025).
   */
  private static String expectedLabel(double x, double n, double av) {
    double z998 = 3.090232306167813;
    if (wilson(x, n, z998)[1] < av) {
      return "Low (0.001)";
    }
    if (wilson(x, n, Z95)[1] < av) {
      return "Low (0.025)";
    }
    if (wilson(x, n, z998)[0] > av) {
      return "High (0.001)";
    }
    if (wilson(x, n, Z95)[0] > av) {
      return "High (0.025)";
    }
    return "Not significant";
  }

  @Test
  void labelsFunnelPositionsAsTheReferenceImplementations() {
    long[][] counts = {{780, 1000}, {830, 1000}, {865, 1000}, {93, 100}, {900, 1000}};
    List<UnitCount> units = new java.util.ArrayList<>();
    long x = 0;
    long n = 0;
    for (int i = 0; i < counts.length; i++) {
      units.add(UnitCount.of("u" + i, counts[i][0], counts[i][1]));
      x += counts[i][0];
      n += counts[i][1];
    }
    double av = (double) x / n; // 3468 / 4100 = 0.8459
    CompletenessReport report = report(units, Optional.empty());
    List<String> labels = new java.util.ArrayList<>();
    for (int i = 0; i < counts.length; i++) {
      labels.add(report.units().get(i).funnel().orElseThrow().label());
      assertThat(labels.get(i)).isEqualTo(expectedLabel(counts[i][0], counts[i][1], av));
    }
    // Every label the reference prints that this data can show, including a clear low and high.
    assertThat(labels)
        .containsExactly(
            "Low (0.001)", "Not significant", "Not significant", "High (0.025)", "High (0.001)");
  }

  @Test
  void followsTheMilestoneTrajectory() {
    Target target = Target.of(0.95, APRIL, List.of(Milestone.of(LocalDate.of(2026, 10, 1), 0.80)));
    UnitCompleteness onTrack =
        CompletenessReport.ofCounts(
                List.of(UnitCount.of("u", 85, 100)),
                CompletenessDefinition.KNOWN,
                Optional.of(target),
                LocalDate.of(2026, 11, 1),
                ConfidenceLevel.NINETY_FIVE)
            .units()
            .get(0);
    assertThat(onTrack.trajectory()).isEqualTo(Trajectory.ON_TRACK);
    assertThat(onTrack.requiredNow()).hasValue(0.80);
    assertThat(onTrack.meetsTarget()).isEqualTo(TargetStatus.NOT_MET);
    UnitCompleteness early =
        CompletenessReport.ofCounts(
                List.of(UnitCount.of("u", 50, 100)),
                CompletenessDefinition.KNOWN,
                Optional.of(target),
                LocalDate.of(2026, 9, 1),
                ConfidenceLevel.NINETY_FIVE)
            .units()
            .get(0);
    assertThat(early.trajectory()).isEqualTo(Trajectory.NO_MILESTONE_DUE);
    assertThat(
            report(List.of(UnitCount.of("u", 94, 100)), Optional.of(Target.of(0.95)))
                .units()
                .get(0)
                .trajectory())
        .isEqualTo(Trajectory.OFF_TRACK);
  }

  @Test
  void rejectsRepeatedUnitsAndEmptyInput() {
    assertThatThrownBy(
            () ->
                report(List.of(UnitCount.of("a", 1, 2), UnitCount.of("a", 1, 2)), Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unit 'a' appears more than once");
    assertThatThrownBy(() -> report(List.of(), Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("there are no records to evaluate");
  }

  @Test
  void aUnitExactlyAtTheTargetMeetsItAndIsOnTrack() {
    // 95/100 = 0.95 exactly: "at or above the target" includes equality, as does the milestone.
    UnitCompleteness atTarget =
        report(List.of(UnitCount.of("u", 95, 100)), Optional.of(Target.of(0.95))).units().get(0);
    assertThat(atTarget.meetsTarget()).isEqualTo(TargetStatus.MET);
    assertThat(atTarget.requiredNow()).hasValue(0.95);
    assertThat(atTarget.trajectory()).isEqualTo(Trajectory.ON_TRACK);
    assertThat(atTarget.significantlyBelowTarget()).isFalse();
  }

  @Test
  void aFullyCompleteUnitIsNotSignificantlyBelowAHundredPercentTarget() {
    // 10/10: the Wilson upper limit at x = n is exactly 1 (§1), equal to a 100% target, so the
    // unit is not significantly below it (strictly below is required).
    UnitCompleteness all =
        report(List.of(UnitCount.of("u", 10, 10)), Optional.of(Target.of(1.0))).units().get(0);
    assertThat(all.proportion().upper()).isEqualTo(1.0);
    assertThat(all.meetsTarget()).isEqualTo(TargetStatus.MET);
    assertThat(all.significantlyBelowTarget()).isFalse();
    // 9/10 has upper limit (18 + z² + z·sqrt(z² + 3.6)) / (2(10 + z²)) = 0.9821 < 1: significantly
    // below a 100% target but not below a 98% one.
    assertThat(wilson(9, 10, Z95)[1]).isCloseTo(0.9821, within(5e-5));
    assertThat(
            report(List.of(UnitCount.of("u", 9, 10)), Optional.of(Target.of(1.0)))
                .units()
                .get(0)
                .significantlyBelowTarget())
        .isTrue();
    assertThat(
            report(List.of(UnitCount.of("u", 9, 10)), Optional.of(Target.of(0.98)))
                .units()
                .get(0)
                .significantlyBelowTarget())
        .isFalse();
  }

  @Test
  void withoutATargetNothingIsJudged() {
    UnitCompleteness unit = report(List.of(UnitCount.of("u", 1, 100)), Optional.empty()).overall();
    assertThat(unit.meetsTarget()).isEqualTo(TargetStatus.NO_TARGET);
    assertThat(unit.significantlyBelowTarget()).isFalse();
    assertThat(unit.requiredNow()).isEmpty();
    assertThat(unit.trajectory()).isEqualTo(Trajectory.NO_TARGET);
  }

  @Test
  void keepsWhatItWasEvaluatedWith() {
    Optional<Target> target = Optional.of(Target.of(0.9));
    CompletenessReport report =
        CompletenessReport.ofCounts(
            List.of(UnitCount.of("a", 45, 50), UnitCount.of("b", 30, 50)),
            CompletenessDefinition.VALID,
            target,
            APRIL,
            ConfidenceLevel.NINETY_NINE_POINT_EIGHT);
    assertThat(report.definition()).isEqualTo(CompletenessDefinition.VALID);
    assertThat(report.target()).isEqualTo(target);
    assertThat(report.asOf()).isEqualTo(APRIL);
    assertThat(report.confidence()).isEqualTo(ConfidenceLevel.NINETY_NINE_POINT_EIGHT);
    assertThat(report.overall().unit()).isEmpty();
    assertThat(report.units()).extracting(UnitCompleteness::unit).containsExactly("a", "b");
    // Pre-aggregated counts carry no recognition breakdown.
    assertThat(report.overall().counts()).isEmpty();
    // 75 of 100 records overall; toString is aggregate only.
    assertThat(report.toString())
        .startsWith("completeness (valid) overall: 75/100 ")
        .endsWith(", 2 units");
  }

  @Test
  void evaluatesATallyUnitByUnitWithItsRecognitions() {
    Recogniser recogniser = Recogniser.of(TestSchemes.nhs2001());
    CompletenessTally tally =
        CompletenessTally.create()
            .add("ward 2", recogniser.recognise("A"), 9)
            .add("ward 2", recogniser.recognise("Z"), 1)
            .add("ward 1", recogniser.recognise("B"), 4)
            .add("ward 1", recogniser.recognise(""), 6);
    CompletenessReport report =
        CompletenessReport.of(
            tally,
            CompletenessDefinition.KNOWN,
            Optional.empty(),
            APRIL,
            ConfidenceLevel.NINETY_FIVE);
    // Units in unit order: ward 1 has 4 of 10 known, ward 2 has 9 of 10 (Z is not known).
    assertThat(report.units())
        .extracting(UnitCompleteness::unit)
        .containsExactly("ward 1", "ward 2");
    assertThat(report.units()).extracting(UnitCompleteness::complete).containsExactly(4L, 9L);
    assertThat(report.overall().complete()).isEqualTo(13);
    assertThat(report.overall().total()).isEqualTo(20);
    assertThat(report.units().get(1).counts()).contains(tally.units().get("ward 2"));
    assertThat(report.overall().counts()).contains(tally.overall());
  }
}
