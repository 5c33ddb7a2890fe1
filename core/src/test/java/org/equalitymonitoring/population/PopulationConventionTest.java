package org.equalitymonitoring.population;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import org.equalitymonitoring.coding.Scheme;
import org.equalitymonitoring.mapping.Crosswalk;
import org.junit.jupiter.api.Test;

class PopulationConventionTest {
  private static final String BRITISH =
      "White: English, Welsh, Scottish, Northern Irish or British";
  private static final String IRISH = "White: Irish";
  private static final String GYPSY = "White: Gypsy or Irish Traveller";
  private static final String ROMA = "White: Roma";
  private static final String OTHER_WHITE = "White: Other White";
  private static final String CHINESE = "Asian, Asian British or Asian Welsh: Chinese";
  private static final String ARAB = "Other ethnic group: Arab";
  private static final String ANY_OTHER = "Other ethnic group: Any other ethnic group";

  private final Scheme census = CensusFixtures.census2021();
  private final Scheme nhs = CensusFixtures.nhs2001();
  private final Crosswalk crosswalk = CensusFixtures.census2021ToNhs();
  private final ReferencePopulation rm032 = CensusFixtures.rm032();

  private ReexpressedPopulation mha() {
    return PopulationConvention.nhsMentalHealthActCensus2021().apply(rm032, census, crosswalk, nhs);
  }

  @Test
  void mhaWhiteBroadGroupIsBritishIrishGypsyAndOtherWhiteWithoutRoma() {
    long white = CensusFixtures.rm032England(BRITISH, IRISH, GYPSY, OTHER_WHITE);
    assertThat(mha().broadGroupLevel().count("White", "England")).isEqualTo(white);
    long roma = CensusFixtures.rm032England(ROMA);
    assertThat(roma).isPositive();
    assertThat(mha().broadGroupLevel().count("White", "England"))
        .isEqualTo(CensusFixtures.rm032England(BRITISH, IRISH, GYPSY, ROMA, OTHER_WHITE) - roma);
  }

  @Test
  void mhaOtherBroadGroupIsChineseAnyOtherAndArab() {
    assertThat(mha().broadGroupLevel().count("Other Ethnic Groups", "England"))
        .isEqualTo(CensusFixtures.rm032England(CHINESE, ANY_OTHER, ARAB));
  }

  @Test
  void mhaLettersLeaveGypsyRomaAndArabOut() {
    ReferencePopulation letters = mha().categoryLevel();
    assertThat(letters.categoryCodes())
        .containsExactly(
            "A", "B", "C", "D", "E", "F", "G", "H", "J", "K", "L", "M", "N", "P", "R", "S");
    assertThat(letters.count("C", "England")).isEqualTo(CensusFixtures.rm032England(OTHER_WHITE));
    assertThat(letters.count("S", "England")).isEqualTo(CensusFixtures.rm032England(ANY_OTHER));
    assertThat(letters.count("R", "England")).isEqualTo(CensusFixtures.rm032England(CHINESE));
    // So White (letters A+B+C) falls short of the White broad group by exactly Gypsy/Traveller.
    long abc =
        letters.count("A", "England")
            + letters.count("B", "England")
            + letters.count("C", "England");
    assertThat(mha().broadGroupLevel().count("White", "England") - abc)
        .isEqualTo(CensusFixtures.rm032England(GYPSY));
  }

  @Test
  void mhaKeepsEnglandOnlyWithItsAgeAndSexStrata() {
    ReexpressedPopulation mha = mha();
    assertThat(mha.categoryLevel().areas()).containsExactly("England");
    assertThat(mha.broadGroupLevel().areas()).containsExactly("England");
    assertThat(mha.categoryLevel().ageBands()).isEqualTo(rm032.ageBands());
    assertThat(mha.categoryLevel().sexes()).containsExactly("Female", "Male");
    // England 56,490,037 less Roma (-8 is 0 in RM032).
    assertThat(mha.broadGroupLevel().total("England"))
        .isEqualTo(56_490_037L - CensusFixtures.rm032England(ROMA));
    assertThat(
            mha.categoryLevel()
                .count(
                    "K", "England", Optional.of("Aged 24 years and under"), Optional.of("Female")))
        .isEqualTo(143_400L);
  }

  @Test
  void mhaConventionStatesItsRules() {
    PopulationConvention mha = PopulationConvention.nhsMentalHealthActCensus2021();
    assertThat(mha.id()).isEqualTo("nhs-mha-census-2021");
    assertThat(mha.sourceSchemeId()).contains("ons-census-2021-england-wales");
    assertThat(mha.targetSchemeId()).contains("nhs-ethnic-category-2001");
    assertThat(mha.area()).contains("England");
    assertThat(mha.exclusions()).containsOnlyKeys("-8", "16");
    assertThat(mha.broadGroupOnly())
        .containsExactly(Map.entry("15", "White"), Map.entry("18", "Other Ethnic Groups"));
    assertThat(mha.description())
        .contains("Roma in no group")
        .contains("Arab only in the broad Other");
  }

  @Test
  void followCrosswalkSumsManyToOne() {
    ReexpressedPopulation result =
        PopulationConvention.followCrosswalk().apply(rm032, census, crosswalk, nhs);
    assertThat(result.categoryLevel().count("C", "England"))
        .isEqualTo(CensusFixtures.rm032England(GYPSY, ROMA, OTHER_WHITE));
    assertThat(result.categoryLevel().count("S", "Wales"))
        .isEqualTo(rm032.count("18", "Wales") + rm032.count("19", "Wales"));
    assertThat(result.broadGroupLevel().total("England")).isEqualTo(56_490_037L);
  }

  @Test
  void exactOnlyLeavesInexactRowsOut() {
    ReexpressedPopulation result =
        PopulationConvention.exactOnly().apply(rm032, census, crosswalk, nhs);
    assertThat(result.categoryLevel().count("C", "England"))
        .isEqualTo(CensusFixtures.rm032England(OTHER_WHITE));
    assertThat(result.allocation("15").orElseThrow().rule())
        .isEqualTo(Allocation.Rule.EXCLUDED_INEXACT);
    assertThat(PopulationConvention.exactOnly().inexact())
        .isEqualTo(PopulationConvention.Inexact.EXCLUDE);
  }

  /**
   * Census 2021 TS021 by the five broad groups for Hartlepool (E06000001), the sum of its 57 LSOA
   * rows in the reference file census2021_ts021_ethnic_group_5cat_by_lad23_from_lsoa_sum.csv: White
   * 89,069, Mixed 671, Asian 1,599, Black 448, Other 554 (total 92,341).
   */
  private static ReferencePopulation hartlepoolBroadGroups(String area) {
    return ReferencePopulation.builder(
            PopulationInfo.builder()
                .id("ts021-5")
                .title("TS021 broad groups")
                .version("test")
                .source("test")
                .licence("OGL v3")
                .schemeId("ons-census-2021-england-wales")
                .build())
        .add("White", area, 89_069)
        .add("Mixed or Multiple ethnic groups", area, 671)
        .add("Asian, Asian British or Asian Welsh", area, 1_599)
        .add("Black, Black British, Black Welsh, Caribbean or African", area, 448)
        .add("Other ethnic group", area, 554)
        .build();
  }

  @Test
  void censusBroadGroupsGoToTheNhsBroadGroupOfMostOfTheirCategories() {
    ReexpressedPopulation result =
        PopulationConvention.followCrosswalk()
            .apply(hartlepoolBroadGroups("Hartlepool"), census, crosswalk, nhs);
    assertThat(result.hasCategoryLevel()).isFalse();
    assertThatThrownBy(result::categoryLevel)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("broad groups only");
    // Asian: Indian, Pakistani, Bangladeshi, Other Asian go to H, J, K, L (Asian or Asian
    // British), Chinese to R (Other Ethnic Groups): 4 of 5, so all 1,599 count in Asian.
    assertThat(result.broadGroupLevel().countsByCategory("Hartlepool"))
        .containsExactly(
            Map.entry("White", 89_069L),
            Map.entry("Mixed", 671L),
            Map.entry("Asian or Asian British", 1_599L),
            Map.entry("Black or Black British", 448L),
            Map.entry("Other Ethnic Groups", 554L));
    Allocation asian = result.allocation("Asian, Asian British or Asian Welsh").orElseThrow();
    assertThat(asian.rule()).isEqualTo(Allocation.Rule.BROAD_GROUP_OF_ITS_CATEGORIES);
    assertThat(asian.isStated()).isTrue();
    assertThat(result.statement())
        .isEqualTo(
            "follow-crosswalk: Asian, Asian British or Asian Welsh counted in broad group Asian or"
                + " Asian British, in no category (4 of its 5 categories are counted there; it"
                + " also holds "
                + CHINESE
                + " (counted in Other Ethnic Groups), and a count is never split)");
    assertThat(result.allocation("White").orElseThrow().isStated()).isFalse();
  }

  @Test
  void aBroadGroupWithNoCategoryCountedIsLeftOut() {
    PopulationConvention noMixed =
        PopulationConvention.builder("no-mixed", "No Mixed", "d")
            .exclude("9", "r")
            .exclude("10", "r")
            .exclude("11", "r")
            .exclude("12", "r")
            .build();
    ReexpressedPopulation result =
        noMixed.apply(hartlepoolBroadGroups("Hartlepool"), census, crosswalk, nhs);
    Allocation mixed = result.allocation("Mixed or Multiple ethnic groups").orElseThrow();
    assertThat(mixed.rule()).isEqualTo(Allocation.Rule.EXCLUDED_NOT_IN_CROSSWALK);
    assertThat(result.broadGroupLevel().categoryCodes()).doesNotContain("Mixed");
    // 89,069 + 1,599 + 448 + 554 = 91,670: everything but Mixed's 671.
    assertThat(result.broadGroupLevel().total("Hartlepool")).isEqualTo(91_670);
  }

  @Test
  void namedConventionsAreFoundByTheirIds() {
    assertThat(PopulationConvention.named())
        .extracting(PopulationConvention::id)
        .containsExactly("follow-crosswalk", "exact-only", "nhs-mha-census-2021");
    assertThat(PopulationConvention.named("nhs-mha-census-2021"))
        .containsSame(PopulationConvention.nhsMentalHealthActCensus2021());
    assertThat(PopulationConvention.named("exact-only"))
        .containsSame(PopulationConvention.exactOnly());
    assertThat(PopulationConvention.named("NHS-MHA-CENSUS-2021")).isEmpty();
  }

  @Test
  void rejectsMismatchedSchemes() {
    assertThatThrownBy(
            () -> PopulationConvention.followCrosswalk().apply(rm032, nhs, crosswalk, nhs))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "population scheme is 'ons-census-2021-england-wales' but source scheme is"
                + " 'nhs-ethnic-category-2001'");
  }

  @Test
  void rejectsAreaThePopulationLacks() {
    PopulationConvention london =
        PopulationConvention.builder("london", "London", "London only").area("London").build();
    assertThatThrownBy(() -> london.apply(rm032, census, crosswalk, nhs))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "convention 'london' keeps area 'London', which population 'census-2021-rm032' does"
                + " not have; its areas: England, Wales");
  }

  @Test
  void rejectsUnknownBroadGroup() {
    PopulationConvention bad =
        PopulationConvention.builder("bad", "Bad", "d").broadGroupOnly("18", "Arab", "r").build();
    assertThatThrownBy(() -> bad.apply(rm032, census, crosswalk, nhs))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "convention 'bad' counts code '18' in broad group 'Arab', which is not in scheme"
                + " 'nhs-ethnic-category-2001'");
  }

  @Test
  void builderRejectsTwoRulesForOneCode() {
    PopulationConvention.Builder builder =
        PopulationConvention.builder("x", "X", "d").exclude("16", "r");
    assertThatThrownBy(() -> builder.broadGroupOnly("16", "White", "r"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("convention 'x' already has a rule for code '16'");
    assertThatThrownBy(() -> PopulationConvention.builder(" ", "X", "d"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("id must not be blank");
  }
}
