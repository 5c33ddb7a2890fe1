package org.equalitymonitoring.completeness;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.equalitymonitoring.coding.Recogniser;
import org.equalitymonitoring.coding.TestSchemes;
import org.equalitymonitoring.stats.ConfidenceLevel;
import org.equalitymonitoring.stats.Estimate;
import org.equalitymonitoring.stats.FunnelSignificance;
import org.equalitymonitoring.stats.WilsonScore;
import org.junit.jupiter.api.Test;

class UnitCompletenessTest {
  private static final Estimate HALF = WilsonScore.proportion(5, 10, ConfidenceLevel.NINETY_FIVE);
  private static final RecognitionCounts COUNTS =
      CompletenessTally.create()
          .add("u", Recogniser.of(TestSchemes.nhs2001()).recognise("A"), 10)
          .overall();

  private static UnitCompleteness unit(
      String unit,
      long total,
      long complete,
      Estimate proportion,
      TargetStatus meets,
      boolean below,
      OptionalDouble required,
      Trajectory trajectory,
      Optional<FunnelSignificance> funnel,
      Optional<RecognitionCounts> counts) {
    return new UnitCompleteness(
        unit, total, complete, proportion, meets, below, required, trajectory, funnel, counts);
  }

  private static final UnitCompleteness BASE =
      unit(
          "u",
          10,
          5,
          HALF,
          TargetStatus.NOT_MET,
          false,
          OptionalDouble.of(0.5),
          Trajectory.ON_TRACK,
          Optional.of(FunnelSignificance.NOT_SIGNIFICANT),
          Optional.of(COUNTS));

  @Test
  void equalResultsAreEqualAndHashAlike() {
    UnitCompleteness same =
        unit(
            "u",
            10,
            5,
            WilsonScore.proportion(5, 10, ConfidenceLevel.NINETY_FIVE),
            TargetStatus.NOT_MET,
            false,
            OptionalDouble.of(0.5),
            Trajectory.ON_TRACK,
            Optional.of(FunnelSignificance.NOT_SIGNIFICANT),
            Optional.of(COUNTS));
    assertThat(same).isEqualTo(BASE).hasSameHashCodeAs(BASE);
    assertThat(BASE).isNotEqualTo("u: 5/10");
  }

  @Test
  void resultsThatDifferInAnyPartAreNotEqual() {
    TargetStatus no = TargetStatus.NOT_MET;
    OptionalDouble half = OptionalDouble.of(0.5);
    Trajectory on = Trajectory.ON_TRACK;
    Optional<FunnelSignificance> ns = Optional.of(FunnelSignificance.NOT_SIGNIFICANT);
    Optional<RecognitionCounts> counts = Optional.of(COUNTS);
    Estimate sixTenths = WilsonScore.proportion(6, 10, ConfidenceLevel.NINETY_FIVE);
    List<UnitCompleteness> variants =
        List.of(
            unit("v", 10, 5, HALF, no, false, half, on, ns, counts),
            unit("u", 11, 5, HALF, no, false, half, on, ns, counts),
            unit("u", 10, 6, HALF, no, false, half, on, ns, counts),
            unit("u", 10, 5, sixTenths, no, false, half, on, ns, counts),
            unit("u", 10, 5, HALF, TargetStatus.MET, false, half, on, ns, counts),
            unit("u", 10, 5, HALF, no, true, half, on, ns, counts),
            unit("u", 10, 5, HALF, no, false, OptionalDouble.of(0.6), on, ns, counts),
            unit("u", 10, 5, HALF, no, false, half, Trajectory.OFF_TRACK, ns, counts),
            unit("u", 10, 5, HALF, no, false, half, on, Optional.empty(), counts),
            unit("u", 10, 5, HALF, no, false, half, on, ns, Optional.empty()));
    for (UnitCompleteness variant : variants) {
      assertThat(variant).isNotEqualTo(BASE);
    }
  }

  @Test
  void describesItselfByCountsOnly() {
    assertThat(BASE.toString()).startsWith("u: 5/10 ");
    UnitCompleteness overall =
        unit(
            "",
            10,
            5,
            HALF,
            TargetStatus.NO_TARGET,
            false,
            OptionalDouble.empty(),
            Trajectory.NO_TARGET,
            Optional.empty(),
            Optional.empty());
    assertThat(overall.toString()).startsWith("overall: 5/10 ");
  }
}
