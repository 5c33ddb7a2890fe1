package org.equalitymonitoring.population;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReferencePopulationTest {
  private static final PopulationInfo INFO =
      PopulationInfo.builder()
          .id("borough")
          .title("Borough by age and sex")
          .version("2024")
          .source("hand-made")
          .licence("OGL v3")
          .schemeId("nhs-ethnic-category-2001")
          .build();

  /** A by 2 ages x 2 sexes in two wards; B only in North. */
  private static ReferencePopulation borough() {
    return ReferencePopulation.builder(INFO)
        .add("A", "North", Optional.of("0-17"), Optional.of("F"), 10)
        .add("A", "North", Optional.of("0-17"), Optional.of("M"), 11)
        .add("A", "North", Optional.of("18+"), Optional.of("F"), 30)
        .add("A", "North", Optional.of("18+"), Optional.of("M"), 29)
        .add("A", "South", Optional.of("0-17"), Optional.of("F"), 1)
        .add("A", "South", Optional.of("18+"), Optional.of("M"), 2)
        .add("B", "North", Optional.of("18+"), Optional.of("F"), 7)
        .build();
  }

  @Test
  void listsCategoriesAreasAgeBandsAndSexesInFirstSeenOrder() {
    ReferencePopulation population = borough();
    assertThat(population.id()).isEqualTo("borough");
    assertThat(population.schemeId()).isEqualTo("nhs-ethnic-category-2001");
    assertThat(population.info()).isEqualTo(INFO);
    assertThat(population.categoryCodes()).containsExactly("A", "B");
    assertThat(population.areas()).containsExactly("North", "South");
    assertThat(population.ageBands()).containsExactly("0-17", "18+");
    assertThat(population.sexes()).containsExactly("F", "M");
    assertThat(population.isByAgeBand()).isTrue();
    assertThat(population.isBySex()).isTrue();
    assertThat(population.cells()).hasSize(7);
    assertThat(population)
        .hasToString(
            "borough 2024 (2 categories of nhs-ethnic-category-2001 x 2 areas x 2 age bands x 2"
                + " sexes)");
  }

  @Test
  void sumsOverAgeAndSex() {
    ReferencePopulation population = borough();
    assertThat(population.count("A", "North")).isEqualTo(10 + 11 + 30 + 29);
    assertThat(population.count("A", "South")).isEqualTo(1 + 2);
    assertThat(population.count("B", "South")).isZero();
    assertThat(population.total("North")).isEqualTo(80 + 7);
  }

  @Test
  void countsOneStratum() {
    ReferencePopulation population = borough();
    assertThat(population.count("A", "North", Optional.of("18+"), Optional.empty())).isEqualTo(59);
    assertThat(population.count("A", "North", Optional.empty(), Optional.of("F"))).isEqualTo(40);
    assertThat(population.count("A", "North", Optional.of("0-17"), Optional.of("M"))).isEqualTo(11);
    assertThat(population.count("A", "South", Optional.of("0-17"), Optional.of("M"))).isZero();
  }

  @Test
  void breaksDownByAgeBandAndSex() {
    ReferencePopulation population = borough();
    assertThat(population.countsByAgeBand("A", "North"))
        .containsExactly(Map.entry("0-17", 21L), Map.entry("18+", 59L));
    assertThat(population.countsBySex("A", "North"))
        .containsExactly(Map.entry("F", 40L), Map.entry("M", 40L));
    assertThat(population.countsBySex("B", "South"))
        .containsExactly(Map.entry("F", 0L), Map.entry("M", 0L));
    assertThat(population.totalsByAgeBand("North"))
        .containsExactly(Map.entry("0-17", 21L), Map.entry("18+", 66L));
    assertThat(population.totalsBySex("South"))
        .containsExactly(Map.entry("F", 1L), Map.entry("M", 2L));
    assertThat(population.countsByCategory("North"))
        .containsExactly(Map.entry("A", 80L), Map.entry("B", 7L));
  }

  @Test
  void populationWithoutAgeOrSexHasNoBreakdown() {
    ReferencePopulation population =
        ReferencePopulation.of(
            INFO,
            List.of(PopulationCell.of("A", "England", 3), PopulationCell.of("B", "England", 4)));
    assertThat(population.isByAgeBand()).isFalse();
    assertThat(population.isBySex()).isFalse();
    assertThat(population.ageBands()).isEmpty();
    assertThat(population.countsByAgeBand("A", "England")).isEmpty();
    assertThat(population.total("England")).isEqualTo(7);
    assertThatThrownBy(() -> population.count("A", "England", Optional.of("18+"), Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("age band '18+' is not in population 'borough' (it has no age bands)");
  }

  @Test
  void unknownCategoryAreaAgeBandOrSexIsAnErrorNotZero() {
    ReferencePopulation population = borough();
    assertThatThrownBy(() -> population.count("13", "North"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("category '13' is not in population 'borough'; valid: A, B");
    assertThatThrownBy(() -> population.total("East"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("area 'East' is not in population 'borough'; valid: North, South");
    assertThatThrownBy(() -> population.count("A", "North", Optional.of("65+"), Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("age band '65+' is not in population 'borough'; valid: 0-17, 18+");
    assertThatThrownBy(() -> population.count("A", "North", Optional.empty(), Optional.of("X")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("sex 'X' is not in population 'borough'; valid: F, M");
  }

  @Test
  void builderRejectsDuplicateCell() {
    ReferencePopulation.Builder builder = ReferencePopulation.builder(INFO).add("A", "North", 1);
    assertThatThrownBy(() -> builder.add("A", "North", 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("duplicate cell in population 'borough': category 'A', area 'North'");
  }

  @Test
  void builderRejectsMixedShapes() {
    ReferencePopulation.Builder builder =
        ReferencePopulation.builder(INFO)
            .add("A", "North", Optional.of("18+"), Optional.empty(), 1);
    assertThatThrownBy(() -> builder.add("B", "North", 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "population 'borough' mixes cells with and without age band: category 'B', area"
                + " 'North' has none but the first cell, category 'A', area 'North', age band"
                + " '18+', has one");
  }

  @Test
  void builderRejectsEmptyPopulation() {
    assertThatThrownBy(() -> ReferencePopulation.builder(INFO).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("population 'borough' has no cells");
  }

  @Test
  void rm032EnglandTotalIsTheFigureSourcesStates() {
    // SOURCES.md: RM032 England total 56,490,037 (published 56,490,048: ONS perturbation).
    ReferencePopulation rm032 = CensusFixtures.rm032();
    assertThat(rm032.total("England")).isEqualTo(56_490_037L);
    assertThat(rm032.areas()).containsExactly("England", "Wales");
    assertThat(rm032.ageBands())
        .containsExactly(
            "Aged 24 years and under",
            "Aged 25 to 34 years",
            "Aged 35 to 49 years",
            "Aged 50 to 64 years",
            "Aged 65 years and over");
    assertThat(rm032.sexes()).containsExactly("Female", "Male");
    // Bangladeshi, England, from the file's ten rows: female 143400 + 55522 + 76792 + 23847 +
    // 14635, male 146241 + 45381 + 77815 + 36322 + 9612.
    assertThat(rm032.countsBySex("1", "England"))
        .containsExactly(
            Map.entry("Female", 143_400L + 55_522 + 76_792 + 23_847 + 14_635),
            Map.entry("Male", 146_241L + 45_381 + 77_815 + 36_322 + 9_612));
    assertThat(
            rm032.count("1", "England", Optional.of("Aged 24 years and under"), Optional.empty()))
        .isEqualTo(143_400L + 146_241);
    assertThat(rm032.count("-8", "England")).isZero();
  }

  @Test
  void breakdownsOfAnUnknownCategoryOrAreaAreErrorsNotZeros() {
    ReferencePopulation population = borough();
    assertThatThrownBy(() -> population.countsByAgeBand("13", "North"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("category '13' is not in population 'borough'; valid: A, B");
    assertThatThrownBy(() -> population.countsByAgeBand("A", "East"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("area 'East' is not in population 'borough'; valid: North, South");
    assertThatThrownBy(() -> population.countsBySex("13", "North"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("category '13' is not in population 'borough'; valid: A, B");
    assertThatThrownBy(() -> population.countsBySex("A", "East"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("area 'East' is not in population 'borough'; valid: North, South");
    assertThatThrownBy(() -> population.countsByCategory("East"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("area 'East' is not in population 'borough'; valid: North, South");
    assertThatThrownBy(() -> population.count("A", "East", Optional.of("0-17"), Optional.of("F")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("area 'East' is not in population 'borough'; valid: North, South");
  }
}
