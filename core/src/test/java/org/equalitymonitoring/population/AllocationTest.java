package org.equalitymonitoring.population;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Optional;
import org.equalitymonitoring.mapping.Equivalence;
import org.junit.jupiter.api.Test;

class AllocationTest {
  private final ReexpressedPopulation mha =
      PopulationConvention.nhsMentalHealthActCensus2021()
          .apply(
              CensusFixtures.rm032(),
              CensusFixtures.census2021(),
              CensusFixtures.census2021ToNhs(),
              CensusFixtures.nhs2001());

  @Test
  void mappedCodeHasLetterAndHeading() {
    Allocation bangladeshi = mha.allocation("1").orElseThrow();
    assertThat(bangladeshi.sourceLabel())
        .isEqualTo("Asian, Asian British or Asian Welsh: Bangladeshi");
    assertThat(bangladeshi.categoryCode()).contains("K");
    assertThat(bangladeshi.broadGroupCode()).contains("Asian or Asian British");
    assertThat(bangladeshi.rule()).isEqualTo(Allocation.Rule.MAPPED);
    assertThat(bangladeshi.equivalence()).contains(Equivalence.EQUIVALENT);
    assertThat(bangladeshi.isStated()).isFalse();
    assertThat(bangladeshi).hasToString("1 -> K / Asian or Asian British MAPPED");
  }

  @Test
  void chineseMovesBroadGroupAndIsStated() {
    Allocation chinese = mha.allocation("2").orElseThrow();
    assertThat(chinese.categoryCode()).contains("R");
    assertThat(chinese.broadGroupCode()).contains("Other Ethnic Groups");
    assertThat(chinese.isStated()).isTrue();
  }

  @Test
  void broadGroupOnlyHasNoLetter() {
    Allocation arab = mha.allocation("18").orElseThrow();
    assertThat(arab.categoryCode()).isEmpty();
    assertThat(arab.broadGroupCode()).contains("Other Ethnic Groups");
    assertThat(arab.equivalence()).isEmpty();
    assertThat(arab.rule().isExcluded()).isFalse();
  }

  @Test
  void excludedHasNeither() {
    Allocation roma = mha.allocation("16").orElseThrow();
    assertThat(roma.categoryCode()).isEmpty();
    assertThat(roma.broadGroupCode()).isEmpty();
    assertThat(roma.rule()).isEqualTo(Allocation.Rule.EXCLUDED_BY_CONVENTION);
    assertThat(roma.rule().isExcluded()).isTrue();
  }

  @Test
  void excludedRulesAreThoseNamedExcluded() {
    assertThat(Arrays.stream(Allocation.Rule.values()).filter(Allocation.Rule::isExcluded))
        .containsExactly(
            Allocation.Rule.EXCLUDED_BY_CONVENTION,
            Allocation.Rule.EXCLUDED_INEXACT,
            Allocation.Rule.EXCLUDED_ONE_TO_MANY,
            Allocation.Rule.EXCLUDED_UNMATCHED,
            Allocation.Rule.EXCLUDED_NOT_IN_CROSSWALK);
  }

  @Test
  void equalityCoversEveryField() {
    Allocation a =
        Allocation.of(
            "1",
            "l",
            Optional.of("K"),
            Optional.of("H"),
            Allocation.Rule.MAPPED,
            Optional.empty(),
            "e",
            false);
    assertThat(a)
        .isEqualTo(
            Allocation.of(
                "1",
                "l",
                Optional.of("K"),
                Optional.of("H"),
                Allocation.Rule.MAPPED,
                Optional.empty(),
                "e",
                false))
        .isNotEqualTo(
            Allocation.of(
                "1",
                "l",
                Optional.of("K"),
                Optional.of("H"),
                Allocation.Rule.MAPPED,
                Optional.empty(),
                "e",
                true));
  }
}
