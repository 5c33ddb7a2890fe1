package org.equalitymonitoring.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.equalitymonitoring.coding.Category;
import org.equalitymonitoring.coding.CategoryKind;
import org.equalitymonitoring.coding.Scheme;
import org.equalitymonitoring.coding.SchemeInfo;
import org.equalitymonitoring.coding.TestSchemes;
import org.equalitymonitoring.impact.GroupCount;
import org.equalitymonitoring.mapping.Crosswalk;
import org.equalitymonitoring.mapping.CrosswalkInfo;
import org.equalitymonitoring.mapping.CrosswalkRow;
import org.equalitymonitoring.mapping.Equivalence;
import org.equalitymonitoring.population.PopulationConvention;
import org.equalitymonitoring.population.PopulationInfo;
import org.equalitymonitoring.population.ReferencePopulation;
import org.junit.jupiter.api.Test;

/**
 * Groups matched to hand-made populations: a population of NHS letters (A 1000, B 500, H 200 in
 * "Borough"), and a survey scheme (W, X) whose population (W 800, X 200) a one-to-one crosswalk
 * re-expresses as A 800 and S 200.
 */
class PopulationMatcherTest {
  private static final Scheme NHS = TestSchemes.nhs2001();

  private static final Scheme SURVEY =
      Scheme.of(
          SchemeInfo.builder()
              .id("survey")
              .title("Survey")
              .version("1")
              .publisher("p")
              .source("hand-made")
              .licence("OGL v3")
              .build(),
          List.of(
              Category.of("W", "White British", CategoryKind.SUBSTANTIVE),
              Category.of("X", "Other", CategoryKind.SUBSTANTIVE)),
          List.of());

  private static final Crosswalk SURVEY_TO_NHS =
      Crosswalk.of(
          CrosswalkInfo.builder()
              .id("survey-to-nhs")
              .title("t")
              .version("1")
              .publisher("p")
              .source("hand-made")
              .licence("OGL v3")
              .sourceSchemeId("survey")
              .targetSchemeId(NHS.id())
              .description("d")
              .build(),
          List.of(
              CrosswalkRow.of("W", "A", Equivalence.EQUIVALENT, Optional.empty()),
              CrosswalkRow.of("X", "S", Equivalence.EQUIVALENT, Optional.empty())),
          SURVEY,
          NHS);

  private static PopulationInfo info(String id, String schemeId) {
    return PopulationInfo.builder()
        .id(id)
        .title(id)
        .version("2024")
        .source("hand-made")
        .licence("OGL v3")
        .schemeId(schemeId)
        .build();
  }

  private static final ReferencePopulation LETTERS =
      ReferencePopulation.builder(info("letters", NHS.id()))
          .add("A", "Borough", 1000)
          .add("B", "Borough", 500)
          .add("H", "Borough", 200)
          .build();

  private static final ReferencePopulation SURVEYED =
      ReferencePopulation.builder(info("surveyed", "survey"))
          .add("W", "Borough", 800)
          .add("X", "Borough", 200)
          .build();

  private static PopulationMatcher letters() {
    return PopulationMatcher.of(
        LETTERS, NHS, "Borough", Optional.empty(), List.of(SURVEY_TO_NHS), id -> Optional.empty());
  }

  private static PopulationMatcher surveyed(Optional<PopulationConvention> convention) {
    return PopulationMatcher.of(
        SURVEYED,
        SURVEY,
        "Borough",
        convention,
        List.of(SURVEY_TO_NHS),
        id -> id.equals(NHS.id()) ? Optional.of(NHS) : Optional.empty());
  }

  private static List<String> describe(List<GroupCount> counts) {
    return counts.stream()
        .map(c -> c.group() + " " + c.events() + "/" + (long) c.denominator())
        .collect(java.util.stream.Collectors.toList());
  }

  @Test
  void representationSumsEachGroupsRowsAndCountsAbsentCategoriesWithNoEvents() {
    // A: 10 + 3 = 13 of 1000; B absent: 0 of 500; H by its label: 5 of 200.
    PopulationMatch match =
        letters()
            .match(
                List.of(
                    Map.entry("A", 10L),
                    Map.entry("Asian or Asian British - Indian", 5L),
                    Map.entry("A", 3L)),
                true);
    assertThat(match.isMatched()).isTrue();
    assertThat(describe(match.counts()))
        .containsExactly("A 13/1000", "B 0/500", "Asian or Asian British - Indian 5/200");
    assertThat(match.absent()).containsExactly("B");
    assertThat(match.reexpressed()).isEmpty();
  }

  @Test
  void ratesKeepOnlyTheGivenGroups() {
    PopulationMatch match = letters().match(List.of(Map.entry("H", 4L), Map.entry("A", 9L)), false);
    assertThat(describe(match.counts())).containsExactly("A 9/1000", "H 4/200");
    assertThat(match.absent()).isEmpty();
  }

  @Test
  void groupsOfAnotherSchemeReadThePopulationThroughTheCrosswalk() {
    PopulationMatch match =
        surveyed(Optional.empty()).match(List.of(Map.entry("A", 40L), Map.entry("S", 2L)), true);
    assertThat(describe(match.counts())).containsExactly("A 40/800", "S 2/200");
    assertThat(match.reexpressed().orElseThrow().crosswalkId()).isEqualTo("survey-to-nhs");
    assertThat(match.reexpressed().orElseThrow().convention().id())
        .isEqualTo(PopulationConvention.followCrosswalk().id());
  }

  @Test
  void anUnrecognisedGroupNamesItsFirstRowAndTheWaysTried() {
    PopulationMatch match =
        surveyed(Optional.empty())
            .match(List.of(Map.entry("A", 1L), Map.entry("Q", 1L), Map.entry("Q", 2L)), true);
    assertThat(match.isMatched()).isFalse();
    assertThat(match.counts()).isEmpty();
    PopulationMatch.Problem problem = match.problem().orElseThrow();
    assertThat(problem.kind()).isEqualTo(PopulationMatch.Kind.UNRECOGNISED_GROUP);
    assertThat(problem.row()).hasValue(1);
    assertThat(problem.choices())
        .containsExactly(
            "survey (the scheme of population surveyed)",
            "nhs-ethnic-category-2001 (through crosswalk survey-to-nhs)",
            "nhs-ethnic-category-2001 (through crosswalk survey-to-nhs)");
  }

  @Test
  void aCategoryWithoutPopulationListsTheCategoriesThatHaveOne() {
    PopulationMatch match = letters().match(List.of(Map.entry("A", 1L), Map.entry("Z", 1L)), true);
    PopulationMatch.Problem problem = match.problem().orElseThrow();
    assertThat(problem.kind()).isEqualTo(PopulationMatch.Kind.NO_POPULATION);
    assertThat(problem.row()).hasValue(1);
    assertThat(problem.category().map(Category::code)).hasValue("Z");
    assertThat(problem.choices()).containsExactly("A", "B", "H");
  }

  @Test
  void twoGroupsOfOneCategoryAreADuplicate() {
    PopulationMatch match =
        letters().match(List.of(Map.entry("A", 1L), Map.entry("White - British", 1L)), true);
    PopulationMatch.Problem problem = match.problem().orElseThrow();
    assertThat(problem.kind()).isEqualTo(PopulationMatch.Kind.DUPLICATE_GROUP);
    assertThat(problem.row()).hasValue(1);
    assertThat(problem.earlierRow()).hasValue(0);
    assertThat(problem.category().map(Category::code)).hasValue("A");
  }

  @Test
  void aNamedConventionNeedsACrosswalk() {
    PopulationMatch match =
        surveyed(Optional.of(PopulationConvention.exactOnly()))
            .match(List.of(Map.entry("W", 1L)), true);
    assertThat(match.problem().orElseThrow().kind())
        .isEqualTo(PopulationMatch.Kind.CONVENTION_NOT_APPLIED);
    assertThat(match.problem().orElseThrow().row()).isEmpty();

    assertThatThrownBy(
            () ->
                PopulationMatcher.of(
                        LETTERS,
                        NHS,
                        "Borough",
                        Optional.of(PopulationConvention.exactOnly()),
                        List.of(SURVEY_TO_NHS),
                        id -> Optional.empty())
                    .match(List.of(Map.entry("A", 1L)), true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "convention exact-only does not apply to population letters (scheme"
                + " nhs-ethnic-category-2001)");
  }

  @Test
  void rejectsAPopulationOfAnotherSchemeAndAnAreaTheConventionDoesNotKeep() {
    assertThatThrownBy(
            () ->
                PopulationMatcher.of(
                    LETTERS,
                    SURVEY,
                    "Borough",
                    Optional.empty(),
                    List.of(),
                    id -> Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("population 'letters' is of scheme 'nhs-ethnic-category-2001', not 'survey'");
    assertThatThrownBy(
            () ->
                PopulationMatcher.of(
                    LETTERS,
                    NHS,
                    "Borough",
                    Optional.of(PopulationConvention.nhsMentalHealthActCensus2021()),
                    List.of(),
                    id -> Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("convention nhs-mha-census-2021 keeps area England only, not area 'Borough'");
  }
}
