package org.equalitymonitoring.population;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.equalitymonitoring.coding.Scheme;
import org.equalitymonitoring.mapping.Crosswalk;
import org.equalitymonitoring.mapping.CrosswalkInfo;
import org.equalitymonitoring.mapping.CrosswalkRow;
import org.equalitymonitoring.mapping.Equivalence;
import org.junit.jupiter.api.Test;

class ReexpressedPopulationTest {
  private final Scheme census = CensusFixtures.census2021();
  private final Scheme nhs = CensusFixtures.nhs2001();
  private final Crosswalk crosswalk = CensusFixtures.census2021ToNhs();
  private final ReferencePopulation rm032 = CensusFixtures.rm032();

  @Test
  void statementNamesEveryConventionOfTheCrosswalk() {
    ReexpressedPopulation result =
        PopulationConvention.followCrosswalk().apply(rm032, census, crosswalk, nhs);
    assertThat(result.statement())
        .startsWith("follow-crosswalk: Does not apply excluded: UNMATCHED")
        .contains(
            "Asian, Asian British or Asian Welsh: Chinese counted in R Other Ethnic Groups -"
                + " Chinese, so in broad group Other Ethnic Groups rather than Asian or Asian"
                + " British")
        .contains(
            "White: Gypsy or Irish Traveller counted in C White - Any other White background"
                + " (INEXACT: no 2001 code;")
        .contains("White: Roma counted in C White - Any other White background (INEXACT")
        .contains(
            "Other ethnic group: Arab counted in S Other Ethnic Groups - Any other ethnic group"
                + " (INEXACT")
        .doesNotContain("Bangladeshi");
    assertThat(result.convention()).isEqualTo(PopulationConvention.followCrosswalk());
    assertThat(result.crosswalkId()).isEqualTo("census-2021-to-nhs-2001");
    assertThat(result.source()).isSameAs(rm032);
  }

  @Test
  void mhaStatementSaysWhatIsLeftOutAndWhatIsBroadGroupOnly() {
    ReexpressedPopulation result =
        PopulationConvention.nhsMentalHealthActCensus2021().apply(rm032, census, crosswalk, nhs);
    assertThat(result.statement())
        .startsWith("nhs-mha-census-2021: area England only, other areas dropped; ")
        .contains("Does not apply excluded: Does not apply: not part of the MHA denominator")
        .contains("White: Roma excluded: the MHA standardisation maps Roma to NULL")
        .contains(
            "White: Gypsy or Irish Traveller counted only in broad group White, in no category")
        .contains(
            "Other ethnic group: Arab counted only in broad group Other Ethnic Groups, in no"
                + " category")
        .contains("Chinese counted in R");
  }

  @Test
  void levelsAreSeparatePopulationsOfTheTargetScheme() {
    ReexpressedPopulation result =
        PopulationConvention.nhsMentalHealthActCensus2021().apply(rm032, census, crosswalk, nhs);
    assertThat(result.level(ReexpressedPopulation.Level.CATEGORY)).isSameAs(result.categoryLevel());
    assertThat(result.level(ReexpressedPopulation.Level.BROAD_GROUP))
        .isSameAs(result.broadGroupLevel());
    assertThat(result.categoryLevel().schemeId()).isEqualTo("nhs-ethnic-category-2001");
    assertThat(result.broadGroupLevel().categoryCodes())
        .containsExactly(
            "White",
            "Mixed",
            "Asian or Asian British",
            "Black or Black British",
            "Other Ethnic Groups");
    assertThat(result.categoryLevel().id())
        .isEqualTo("census-2021-rm032/nhs-mha-census-2021/category");
    assertThat(result.broadGroupLevel().id())
        .isEqualTo("census-2021-rm032/nhs-mha-census-2021/broad-group");
    assertThat(result.categoryLevel().info().source())
        .endsWith(
            "; re-expressed through crosswalk census-2021-to-nhs-2001 under convention"
                + " nhs-mha-census-2021");
    // Mixed has no broad-group-only member: its broad group is the sum of its letters.
    long letters =
        List.of("D", "E", "F", "G").stream()
            .mapToLong(code -> result.categoryLevel().count(code, "England"))
            .sum();
    assertThat(result.broadGroupLevel().count("Mixed", "England")).isEqualTo(letters);
  }

  @Test
  void allocationsFollowTheSourceOrder() {
    ReexpressedPopulation result =
        PopulationConvention.nhsMentalHealthActCensus2021().apply(rm032, census, crosswalk, nhs);
    assertThat(result.allocations()).hasSize(20);
    assertThat(result.allocations().get(0).sourceCode()).isEqualTo("-8");
    assertThat(result.allocation("99")).isEmpty();
    assertThat(result.allocation("18").orElseThrow().rule())
        .isEqualTo(Allocation.Rule.BROAD_GROUP_ONLY);
  }

  /** NHS letters to census: C is one-to-many, Z unmatched. */
  private Crosswalk nhsToCensus() {
    return Crosswalk.of(
        CrosswalkInfo.builder()
            .id("nhs-2001-to-census-2021")
            .title("t")
            .version("1")
            .publisher("p")
            .source("s")
            .licence("l")
            .sourceSchemeId("nhs-ethnic-category-2001")
            .targetSchemeId("ons-census-2021-england-wales")
            .description("d")
            .build(),
        List.of(
            CrosswalkRow.of("A", "13", Equivalence.EQUIVALENT, Optional.empty()),
            CrosswalkRow.of("C", "17", Equivalence.NARROWER, Optional.of("default")),
            CrosswalkRow.of("C", "15", Equivalence.NARROWER, Optional.empty()),
            CrosswalkRow.of("C", "16", Equivalence.NARROWER, Optional.empty()),
            CrosswalkRow.unmatched("Z", Optional.of("census has no not-stated category"))),
        nhs,
        census);
  }

  private ReferencePopulation letters() {
    return ReferencePopulation.builder(
            PopulationInfo.builder()
                .id("gp-list")
                .title("GP list")
                .version("1")
                .source("s")
                .licence("l")
                .schemeId("nhs-ethnic-category-2001")
                .build())
        .add("A", "Practice", 100)
        .add("C", "Practice", 40)
        .add("Z", "Practice", 9)
        .add("K", "Practice", 5)
        .build();
  }

  @Test
  void oneToManyIsNeverSplit() {
    ReexpressedPopulation result =
        PopulationConvention.followCrosswalk().apply(letters(), nhs, nhsToCensus(), census);
    assertThat(result.categoryLevel().categoryCodes()).containsExactly("13");
    assertThat(result.categoryLevel().count("13", "Practice")).isEqualTo(100);
    assertThat(result.allocation("C").orElseThrow().rule())
        .isEqualTo(Allocation.Rule.EXCLUDED_ONE_TO_MANY);
    assertThat(result.allocation("C").orElseThrow().explanation())
        .isEqualTo(
            "White - Any other White background excluded: the crosswalk maps it to several"
                + " targets (17, 15, 16) and a count is never split");
    assertThat(result.allocation("Z").orElseThrow().rule())
        .isEqualTo(Allocation.Rule.EXCLUDED_UNMATCHED);
    assertThat(result.allocation("K").orElseThrow().rule())
        .isEqualTo(Allocation.Rule.EXCLUDED_NOT_IN_CROSSWALK);
    assertThat(result.statement())
        .contains("Not stated excluded: UNMATCHED: census has no not-stated category")
        .contains(
            "Asian or Asian British - Bangladeshi excluded: crosswalk 'nhs-2001-to-census-2021'"
                + " has no row for it");
  }

  @Test
  void firstListedTargetTakesTheWholeCount() {
    PopulationConvention first =
        PopulationConvention.builder("first", "First listed", "C counts as Other White")
            .oneToMany(PopulationConvention.OneToMany.FIRST_LISTED_TARGET)
            .build();
    ReexpressedPopulation result = first.apply(letters(), nhs, nhsToCensus(), census);
    assertThat(result.categoryLevel().count("17", "Practice")).isEqualTo(40);
    assertThat(result.broadGroupLevel().count("White", "Practice")).isEqualTo(140);
    assertThat(result.allocation("C").orElseThrow().rule())
        .isEqualTo(Allocation.Rule.FIRST_LISTED_TARGET);
    assertThat(result.statement())
        .contains(
            "White - Any other White background counted in 17 White: Other White (the first"
                + " listed of 17, 15, 16)");
  }

  @Test
  void countingNothingIsAnError() {
    PopulationConvention none =
        PopulationConvention.builder("none", "None", "d").exclude("A", "r").build();
    ReferencePopulation onlyA =
        ReferencePopulation.builder(letters().info()).add("A", "Practice", 1).build();
    assertThatThrownBy(() -> none.apply(onlyA, nhs, nhsToCensus(), census))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("convention 'none' counts nothing of population 'gp-list'");
  }
}
