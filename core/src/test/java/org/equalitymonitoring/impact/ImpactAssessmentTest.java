package org.equalitymonitoring.impact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.equalitymonitoring.disclosure.DisclosurePolicy;
import org.junit.jupiter.api.Test;

class ImpactAssessmentTest {

  private static final List<GroupCount> COUNTS =
      List.of(GroupCount.of("A", 123, 601), GroupCount.of("B", 40, 400), GroupCount.of("C", 5, 50));

  private static ImpactAssessment proportions(String reference) {
    return ImpactAssessor.of(OutcomeKind.BENEFIT)
        .withReference(Reference.group(reference))
        .proportions(COUNTS);
  }

  // Events and non-events by group (STATISTICAL-METHODS.md §9, NHS Digital: 1-7 suppressed, the
  // rest to the nearest 5):
  //   A 123 478 | 601       C's 5 is suppressed, then its 45 (alone in row C);
  //   B  40 360 | 400       the events column then has one star: its smallest other count, B's 40;
  //   C   5  45 |  50       the non-events column: B's 360. Every line then has two stars or none,
  //   D 200 800 | 1000      and the stars of each line sum to at least 8.
  private static final List<GroupCount> FOUR =
      List.of(
          GroupCount.of("A", 123, 601),
          GroupCount.of("B", 40, 400),
          GroupCount.of("C", 5, 50),
          GroupCount.of("D", 200, 1000));

  private static ImpactAssessment fourGroups(String reference) {
    return ImpactAssessor.of(OutcomeKind.BENEFIT)
        .withReference(Reference.group(reference))
        .proportions(FOUR)
        .disclose(DisclosurePolicy.nhsDigital());
  }

  @Test
  void nhsDigitalWithholdsSmallCountsAndComputesEverythingFromRoundedCounts() {
    ImpactAssessment disclosed = fourGroups("A");
    assertThat(disclosed.disclosurePolicy()).hasValue(DisclosurePolicy.nhsDigital());

    for (String withheld : List.of("B", "C")) {
      GroupResult g = disclosed.group(withheld).orElseThrow();
      assertThat(g.suppressed()).isTrue();
      assertThat(g.events()).isEmpty();
      assertThat(g.denominator()).isEmpty();
      assertThat(g.value()).isEmpty();
      assertThat(g.lower()).isEmpty();
      assertThat(g.upper()).isEmpty();
      assertThat(g.method()).isEmpty();
      assertThat(g.ratio()).isEmpty();
      assertThat(g.ratioLower()).isEmpty();
      assertThat(g.ratioUpper()).isEmpty();
      assertThat(g.ratioMethod()).isEmpty();
      assertThat(g.difference()).isEmpty();
      assertThat(g.significance()).isEmpty();
      assertThat(g.adverseImpact()).isEqualTo(AdverseImpact.WITHHELD);
      assertThat(g.tooSmallReason()).isEmpty();
    }

    // A: 123 -> 125 events of 601 -> 600; its value is 125/600, not the unrounded 123/601
    GroupResult a = disclosed.group("A").orElseThrow();
    assertThat(a.suppressed()).isFalse();
    assertThat(a.events()).hasValue(125);
    assertThat(a.denominator()).hasValue(600.0);
    assertThat(a.value().getAsDouble()).isCloseTo(100.0 * 125 / 600, within(1e-12));
    // D against A from the published counts: (200/1000) / (125/600) = 0.96
    GroupResult d = disclosed.group("D").orElseThrow();
    assertThat(d.value().getAsDouble()).isCloseTo(20.0, within(1e-12));
    assertThat(d.ratio().getAsDouble()).isCloseTo(0.96, within(1e-12));
    assertThat(d.difference().getAsDouble()).isCloseTo(20.0 - 100.0 * 125 / 600, within(1e-12));
    assertThat(disclosed.toString()).doesNotContain("123").doesNotContain("601");
  }

  @Test
  void aWithheldReferenceGroupLeavesNobodyCompared() {
    ImpactAssessment disclosed = fourGroups("C");
    assertThat(disclosed.groups())
        .allSatisfy(
            g -> {
              assertThat(g.ratio()).isEmpty();
              assertThat(g.difference()).isEmpty();
              assertThat(g.significance()).isEmpty();
            });
    GroupResult a = disclosed.group("A").orElseThrow();
    assertThat(a.value()).isPresent();
    assertThat(a.adverseImpact()).isEqualTo(AdverseImpact.TOO_SMALL_TO_SAY);
    assertThat(a.tooSmallReason())
        .hasValue("the reference group's figures are withheld (disclosure control)");
  }

  @Test
  void noControlChangesNothing() {
    ImpactAssessment original = proportions("A");
    ImpactAssessment disclosed = original.disclose(DisclosurePolicy.none());
    assertThat(disclosed.groups()).isEqualTo(original.groups());
    assertThat(disclosed).isNotEqualTo(original);
    assertThat(disclosed.toString()).contains("disclosed under none");
  }

  @Test
  void allOtherGroupsCombinedLeavesTheWithheldGroupsOut() {
    // Threshold of 10 (UK LLC TRE, STATISTICAL-METHODS.md §9) on the events 30, 5, 50, 80: B's 5
    // is suppressed and A's 30 as the smallest other count (sum 35). C is compared with the other
    // published group only: (50/5000) / (80/8000) = 1, not with A, B and D (50/5000 over
    // 115/20000 = 1.74), which would let the withheld events be worked out.
    ImpactAssessment disclosed =
        ImpactAssessor.of(OutcomeKind.ADVERSE_OUTCOME)
            .rates(
                List.of(
                    GroupCount.of("A", 30, 10_000.0),
                    GroupCount.of("B", 5, 2_000.0),
                    GroupCount.of("C", 50, 5_000.0),
                    GroupCount.of("D", 80, 8_000.0)))
            .disclose(DisclosurePolicy.threshold10());
    assertThat(disclosed.group("A").orElseThrow().suppressed()).isTrue();
    assertThat(disclosed.group("B").orElseThrow().suppressed()).isTrue();
    GroupResult c = disclosed.group("C").orElseThrow();
    assertThat(c.events()).hasValue(50);
    assertThat(c.denominator()).hasValue(5_000.0); // a population is not a count of events
    assertThat(c.ratio().getAsDouble()).isCloseTo(1.0, within(1e-12));
  }

  @Test
  void fewerThanTwoPublishedGroupsWithholdsEveryGroup() {
    // 30, 5, 50 under threshold 10: B's 5 and A's 30 are suppressed; C alone cannot be compared.
    ImpactAssessment disclosed =
        ImpactAssessor.of(OutcomeKind.ADVERSE_OUTCOME)
            .rates(
                List.of(
                    GroupCount.of("A", 30, 10_000.0),
                    GroupCount.of("B", 5, 2_000.0),
                    GroupCount.of("C", 50, 5_000.0)))
            .disclose(DisclosurePolicy.threshold10());
    assertThat(disclosed.groups()).allSatisfy(g -> assertThat(g.suppressed()).isTrue());
  }

  @Test
  void representationSharesOfThePublishedTotalAndChiSquareOverPublishedGroups() {
    // Users 300, 100, 6, 200 (606). NHS Digital: C's 6 suppressed, B's 100 as the smallest other.
    // The published total is 605; A's share is 300/605. The chi-square covers A and D only:
    // observed 300 and 200, expected 500 x 7000/10000 = 350 and 150, so
    // 50^2/350 + 50^2/150 = 23.8095...
    ImpactAssessment disclosed =
        ImpactAssessor.of(OutcomeKind.BENEFIT)
            .representation(
                List.of(
                    GroupCount.of("A", 300, 7000),
                    GroupCount.of("B", 100, 2000),
                    GroupCount.of("C", 6, 1000),
                    GroupCount.of("D", 200, 3000)))
            .disclose(DisclosurePolicy.nhsDigital());
    GroupResult a = disclosed.group("A").orElseThrow();
    assertThat(a.events()).hasValue(300);
    assertThat(a.denominator()).hasValue(605.0);
    assertThat(a.value().getAsDouble()).isCloseTo(100.0 * 300 / 605, within(1e-12));
    // the population share is of the whole population: 7000 / 13000
    assertThat(a.populationShare().getAsDouble()).isCloseTo(100.0 * 7000 / 13000, within(1e-12));
    assertThat(disclosed.group("B").orElseThrow().suppressed()).isTrue();
    assertThat(disclosed.group("C").orElseThrow().ratio()).isEmpty();
    assertThat(disclosed.goodnessOfFit().orElseThrow().statistic())
        .isCloseTo(2500.0 / 350 + 2500.0 / 150, within(1e-9));
    assertThat(disclosed.goodnessOfFit().orElseThrow().degreesOfFreedom()).isEqualTo(1);
  }

  @Test
  void theFourFifthsRuleComparesWithTheHighestPublishedGroup() {
    // Selected / applicants: A 6/10, B 40/100, C 45/100, F 20/40. NHS Digital: A's 6 and 4 are
    // suppressed (they sum to 10, safe); F's 20 and 20 are the smallest others of both columns.
    // B's impact ratio is 0.40 / 0.45 against C, the highest published group; A's higher rate is
    // withheld with its counts.
    ImpactAssessment disclosed =
        ImpactAssessor.of(OutcomeKind.BENEFIT)
            .relativeLikelihood(
                List.of(
                    GroupCount.of("A", 6, 10),
                    GroupCount.of("B", 40, 100),
                    GroupCount.of("C", 45, 100),
                    GroupCount.of("F", 20, 40)))
            .disclose(DisclosurePolicy.nhsDigital());
    assertThat(disclosed.group("A").orElseThrow().suppressed()).isTrue();
    assertThat(disclosed.group("F").orElseThrow().suppressed()).isTrue();
    assertThat(disclosed.group("B").orElseThrow().impactRatio().getAsDouble())
        .isCloseTo(40.0 / 45.0, within(1e-12));
    assertThat(disclosed.group("C").orElseThrow().impactRatio()).hasValue(1.0);
    assertThat(disclosed.group("A").orElseThrow().impactRatio()).isEmpty();
  }

  @Test
  void standardisedRatesComeFromTheRoundedEventsOfEveryStratum() {
    // Events by group and stratum, 1,000 people in every cell (so both strata weigh 1/2):
    //   A 12 23 | 35    NHS Digital: B's 5 is suppressed, then B's 40 (its row), A's 12 and A's
    //   B  5 40 | 45    23 (the smallest others of the two columns); C and D are published, with
    //   C 30 41 | 71    C's 41 rounded to 40. C's DSR is (30 + 40) / 2 / 1000 x 100,000 = 3,500,
    //   D 50 60 | 110   not 3,550 from the unrounded 41; D's is 5,500.
    List<GroupCount> strata = new java.util.ArrayList<>();
    long[][] events = {{12, 23}, {5, 40}, {30, 41}, {50, 60}};
    String[] groups = {"A", "B", "C", "D"};
    for (int g = 0; g < 4; g++) {
      strata.add(GroupCount.stratified(groups[g], "young", events[g][0], 1000));
      strata.add(GroupCount.stratified(groups[g], "old", events[g][1], 1000));
    }
    ImpactAssessment disclosed =
        ImpactAssessor.of(OutcomeKind.ADVERSE_OUTCOME)
            .standardisedRates(strata)
            .disclose(DisclosurePolicy.nhsDigital());
    assertThat(disclosed.group("A").orElseThrow().suppressed()).isTrue();
    assertThat(disclosed.group("B").orElseThrow().suppressed()).isTrue();
    GroupResult c = disclosed.group("C").orElseThrow();
    assertThat(c.events()).hasValue(70);
    assertThat(c.value().getAsDouble()).isCloseTo(3500, within(1e-9));
    assertThat(disclosed.group("D").orElseThrow().value().getAsDouble())
        .isCloseTo(5500, within(1e-9));
    // C against all other published groups, that is D alone
    assertThat(c.ratio().getAsDouble()).isCloseTo(3500.0 / 5500, within(1e-12));
  }

  @Test
  void groupsWithheldElsewhereAreWithheldHereWithTheirProtection() {
    // A 300, B 100, C 200, D 400 users, nothing small; B is withheld in another table of the
    // publication, so C (the smallest other) is withheld with it.
    ImpactAssessment disclosed =
        ImpactAssessor.of(OutcomeKind.BENEFIT)
            .representation(
                List.of(
                    GroupCount.of("A", 300, 7000),
                    GroupCount.of("B", 100, 2000),
                    GroupCount.of("C", 200, 1000),
                    GroupCount.of("D", 400, 3000)))
            .disclose(DisclosurePolicy.nhsDigital(), java.util.Set.of("B", "not a group"));
    assertThat(disclosed.groups())
        .filteredOn(GroupResult::suppressed)
        .extracting(GroupResult::group)
        .containsExactly("B", "C");
    assertThat(disclosed.group("A").orElseThrow().denominator()).hasValue(1000.0);
  }

  @Test
  void anAssessmentIsDisclosedOnce() {
    ImpactAssessment disclosed = proportions("A").disclose(DisclosurePolicy.nhsDigital());
    assertThatThrownBy(() -> disclosed.disclose(DisclosurePolicy.none()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("already been disclosed under policy \"nhs-digital\"");
  }

  @Test
  void accessors() {
    ImpactAssessment a = proportions("A");
    assertThat(a.outcomeKind()).isEqualTo(OutcomeKind.BENEFIT);
    assertThat(a.smallNumberRule()).isEqualTo(SmallNumberRule.defaults());
    assertThat(a.disclosurePolicy()).isEmpty();
    assertThat(a.groups()).hasSize(3);
    assertThat(a.group("D")).isEmpty();
    assertThat(a).isEqualTo(proportions("A")).hasSameHashCodeAs(proportions("A"));
    assertThat(a).isNotEqualTo(proportions("B"));
    assertThat(a.toString()).startsWith("ImpactAssessment[PROPORTION, 95%, reference A, BENEFIT");
    assertThatThrownBy(() -> a.groups().clear()).isInstanceOf(UnsupportedOperationException.class);
  }
}
