package org.equalitymonitoring.schemes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.equalitymonitoring.stats.StandardPopulation;
import org.junit.jupiter.api.Test;

class BundledStandardPopulationsTest {

  @Test
  void mentalHealthAct2011IsCensus2011EnglandBySexAndTheMhaAgeGroups() {
    StandardPopulation standard = BundledStandardPopulations.mentalHealthAct2011();
    assertThat(standard.name()).isEqualTo("mha-2011");
    assertThat(standard.ageBands())
        .containsExactly(
            "Male 15 and under",
            "Male 16 to 17",
            "Male 18 to 34",
            "Male 35 to 49",
            "Male 50 to 64",
            "Male 65 and over",
            "Female 15 and under",
            "Female 16 to 17",
            "Female 18 to 34",
            "Female 35 to 49",
            "Female 50 to 64",
            "Female 65 and over");
    // SOURCES.md: Census 2011 England, total 53,012,456 (the "…: Total" rows not added again).
    assertThat(standard.total()).isEqualTo(53_012_456.0);
    // Sums of the 18 published '16 to 17' rows of LC2101EW England (sex_code 1 and 2), added by
    // hand from the reference file: 674,651 males and 639,473 females.
    double[] weights = standard.weights();
    assertThat(weights[1]).isEqualTo(674_651.0);
    assertThat(weights[7]).isEqualTo(639_473.0);
    assertThat(Arrays.stream(weights).allMatch(w -> w > 0)).isTrue();
    assertThat(BundledStandardPopulations.mentalHealthAct2011()).isSameAs(standard);
  }

  @Test
  void theStrataOutOfTheVarianceAreTheSixteenToSeventeenStrata() {
    assertThat(BundledStandardPopulations.MHA_OUT_OF_VARIANCE)
        .containsExactlyInAnyOrder("Male 16 to 17", "Female 16 to 17")
        .isSubsetOf(BundledStandardPopulations.mentalHealthAct2011().ageBands());
  }
}
