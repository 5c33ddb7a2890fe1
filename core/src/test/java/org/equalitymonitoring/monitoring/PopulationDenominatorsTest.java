package org.equalitymonitoring.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import org.equalitymonitoring.coding.Recogniser;
import org.equalitymonitoring.coding.Scheme;
import org.equalitymonitoring.coding.TestSchemes;
import org.equalitymonitoring.impact.GroupCount;
import org.equalitymonitoring.population.PopulationInfo;
import org.equalitymonitoring.population.ReferencePopulation;
import org.junit.jupiter.api.Test;

class PopulationDenominatorsTest {
  private static final Scheme NHS = TestSchemes.nhs2001();
  private static final Recogniser RECOGNISER = Recogniser.of(NHS);

  private static PopulationInfo info(String schemeId) {
    return PopulationInfo.builder()
        .id("borough")
        .title("Borough")
        .version("2024")
        .source("hand-made")
        .licence("OGL v3")
        .schemeId(schemeId)
        .build();
  }

  /** Known records A, A, B, H; Z Not stated left out of every group. */
  private static MonitoringResult records() {
    MonitoringTally tally = MonitoringTally.create(NHS);
    for (String code : new String[] {"A", "A", "B", "H", "Z"}) {
      tally.add("", Optional.empty(), RECOGNISER.recognise(code));
    }
    return tally.result();
  }

  @Test
  void keepsCategoriesWithAPopulationInSchemeOrder() {
    ReferencePopulation population =
        ReferencePopulation.builder(info(NHS.id()))
            .add("N", "Borough", 30)
            .add("A", "Borough", 100)
            .add("H", "Borough", 0)
            .add("B", "Borough", 50)
            .add("A", "Elsewhere", 7)
            .build();

    PopulationDenominators denominators = PopulationDenominators.of(population, NHS, "Borough");

    // H has 0 people in the area and is left out; the order is the scheme's: A, B, N.
    assertThat(denominators.counts())
        .containsExactly(Map.entry("A", 100L), Map.entry("B", 50L), Map.entry("N", 30L));
    assertThat(denominators.byBroadGroup()).isFalse();
    // A: 2 records of 100 people; B: 1 of 50; N: none of 30. H's record has no population.
    assertThat(records().representation(denominators))
        .containsExactly(
            GroupCount.of("A", 2, 100L), GroupCount.of("B", 1, 50L), GroupCount.of("N", 0, 30L));
  }

  @Test
  void comparesRecordsByHeadingWhenThePopulationHoldsBroadGroups() {
    ReferencePopulation population =
        ReferencePopulation.builder(info(NHS.id()))
            .add("Asian or Asian British", "Borough", 500)
            .add("White", "Borough", 1000)
            .build();

    PopulationDenominators denominators = PopulationDenominators.of(population, NHS, "Borough");

    assertThat(denominators.byBroadGroup()).isTrue();
    // White: A + A + B = 3 records; Asian or Asian British: H = 1 record.
    assertThat(records().representation(denominators))
        .containsExactly(
            GroupCount.of("White", 3, 1000L), GroupCount.of("Asian or Asian British", 1, 500L));
  }

  @Test
  void rejectsAPopulationOfAnotherScheme() {
    ReferencePopulation population =
        ReferencePopulation.builder(info("census-2021")).add("A", "Borough", 1).build();

    assertThatThrownBy(() -> PopulationDenominators.of(population, NHS, "Borough"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "population 'borough' is of scheme 'census-2021', not 'nhs-ethnic-category-2001'");
  }
}
