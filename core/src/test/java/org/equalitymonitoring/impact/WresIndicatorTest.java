package org.equalitymonitoring.impact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import org.equalitymonitoring.stats.ConfidenceLevel;
import org.junit.jupiter.api.Test;

class WresIndicatorTest {

  private static final ConfidenceLevel C95 = ConfidenceLevel.NINETY_FIVE;

  @Test
  void indicator2HasWhiteAsNumerator() {
    // USERS-AND-METRICS.md §2.1: (White appointed / White shortlisted) / (BME appointed / BME
    // shortlisted); 120/600 = 0.2 and 40/400 = 0.1 give 2.0
    RelativeLikelihood rl =
        WresIndicator.INDICATOR_2.relativeLikelihood(
            GroupCount.of("White", 120, 600), GroupCount.of("BME", 40, 400), C95);
    assertThat(rl.value()).isCloseTo(2.0, within(2e-9));
    assertThat(rl.numerator().group()).isEqualTo("White");
    assertThat(WresIndicator.INDICATOR_2.numeratorGroup()).isEqualTo("White");
    assertThat(WresIndicator.INDICATOR_2.comparisonGroup()).isEqualTo("BME");
    assertThat(WresIndicator.INDICATOR_2.outcomeKind()).isEqualTo(OutcomeKind.BENEFIT);
    assertThat(WresIndicator.INDICATOR_2.number()).isEqualTo(2);
  }

  @Test
  void indicator3HasBmeAsNumerator() {
    // (BME entering formal disciplinary / BME headcount) / (White ... / White headcount):
    // 12/400 = 0.03, 20/1000 = 0.02, RL = 1.5
    RelativeLikelihood rl =
        WresIndicator.INDICATOR_3.relativeLikelihood(
            GroupCount.of("White", 20, 1000), GroupCount.of("BME", 12, 400), C95);
    assertThat(rl.value()).isCloseTo(1.5, within(1.5e-9));
    assertThat(rl.numerator().group()).isEqualTo("BME");
    assertThat(WresIndicator.INDICATOR_3.numeratorGroup()).isEqualTo("BME");
    assertThat(WresIndicator.INDICATOR_3.outcomeKind()).isEqualTo(OutcomeKind.ADVERSE_OUTCOME);
    assertThat(WresIndicator.INDICATOR_3.disadvantagesBme(rl.value())).isTrue();
  }

  @Test
  void indicator4HasWhiteAsNumerator() {
    // (White accessing CPD / White headcount) / (BME ... / BME headcount): 0.3 / 0.25 = 1.2
    RelativeLikelihood rl =
        WresIndicator.INDICATOR_4.relativeLikelihood(
            GroupCount.of("White", 300, 1000), GroupCount.of("BME", 100, 400), C95);
    assertThat(rl.value()).isCloseTo(1.2, within(1.2e-9));
    assertThat(rl.withinNonAdverseRange()).isTrue();
    assertThat(WresIndicator.INDICATOR_4.outcomeKind()).isEqualTo(OutcomeKind.BENEFIT);
    assertThat(WresIndicator.INDICATOR_4.description()).contains("non-mandatory training");
  }

  @Test
  void groupsAreSummedAndUnknownEthnicityIsExcluded() {
    // White = White British + White Irish + Any other White = 120 / 600;
    // BME = Indian + African + Mixed = 40 / 400; Not stated excluded: RL 2.0 as above
    List<GroupCount> counts =
        List.of(
            GroupCount.of("White British", 100, 500),
            GroupCount.of("White Irish", 10, 50),
            GroupCount.of("Any other White background", 10, 50),
            GroupCount.of("Indian", 20, 200),
            GroupCount.of("African", 10, 100),
            GroupCount.of("White and Black Caribbean", 10, 100),
            GroupCount.of("Not stated", 50, 100));
    RelativeLikelihood rl =
        WresIndicator.INDICATOR_2.relativeLikelihood(
            counts,
            Set.of("White British", "White Irish", "Any other White background"),
            Set.of("Not stated", "Not known"),
            C95);
    assertThat(rl.value()).isCloseTo(2.0, within(2e-9));
    assertThat(rl.numerator()).isEqualTo(GroupCount.of("White", 120, 600.0));
    assertThat(rl.comparison()).isEqualTo(GroupCount.of("BME", 40, 400.0));
  }

  @Test
  void groupSetsAreChecked() {
    List<GroupCount> counts = List.of(GroupCount.of("White British", 1, 5));
    assertThatThrownBy(
            () ->
                WresIndicator.INDICATOR_2.relativeLikelihood(
                    counts, Set.of("White British"), Set.of("White British"), C95))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("group \"White British\" is in both whiteGroups and unknownGroups");
    assertThatThrownBy(
            () ->
                WresIndicator.INDICATOR_2.relativeLikelihood(
                    counts, Set.of("White British"), Set.of(), C95))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("needs both White and BME counts");
  }

  @Test
  void theAssessorComparesBmeWithWhite() {
    ImpactAssessment a =
        WresIndicator.INDICATOR_2
            .assessor()
            .relativeLikelihood(
                List.of(GroupCount.of("White", 120, 600), GroupCount.of("BME", 40, 400)));
    assertThat(a.reference()).isEqualTo("White");
    GroupResult bme = a.group("BME").orElseThrow();
    // BME / White = 0.5 = 1 / RL; significantly lower appointment, a benefit: adverse
    assertThat(bme.ratio().getAsDouble()).isCloseTo(0.5, within(5e-10));
    assertThat(bme.adverseImpact()).isEqualTo(AdverseImpact.ADVERSE);
    assertThat(bme.fourFifthsAdverse()).isTrue();
    assertThat(WresIndicator.INDICATOR_3.assessor().outcomeKind())
        .isEqualTo(OutcomeKind.ADVERSE_OUTCOME);
  }
}
