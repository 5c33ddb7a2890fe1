package org.equalitymonitoring.impact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

  @Test
  void nhsDigitalSuppressesSmallCountsAndRoundsTheRest() {
    ImpactAssessment disclosed = proportions("A").disclose(DisclosurePolicy.nhsDigital());
    assertThat(disclosed.disclosurePolicy()).hasValue(DisclosurePolicy.nhsDigital());

    // STATISTICAL-METHODS.md §9: 1-7 is "*"; C has 5 events
    GroupResult c = disclosed.group("C").orElseThrow();
    assertThat(c.suppressed()).isTrue();
    assertThat(c.events()).isEmpty();
    assertThat(c.value()).isEmpty();
    assertThat(c.lower()).isEmpty();
    assertThat(c.upper()).isEmpty();
    assertThat(c.ratio()).isEmpty();
    assertThat(c.ratioLower()).isEmpty();
    assertThat(c.ratioUpper()).isEmpty();
    assertThat(c.difference()).isEmpty();
    // the finding is kept, and its reason quotes no count
    assertThat(c.adverseImpact()).isEqualTo(AdverseImpact.TOO_SMALL_TO_SAY);
    assertThat(c.tooSmallReason()).hasValue("fewer than 10 events");

    // secondary suppression: B's events (the smallest other count of the events column) are
    // suppressed too, so that C's cannot be recovered from the column total
    assertThat(disclosed.group("B").orElseThrow().suppressed()).isTrue();

    // everything else to the nearest 5: 123 -> 125 events, 601 -> 600 denominator
    GroupResult a = disclosed.group("A").orElseThrow();
    assertThat(a.suppressed()).isFalse();
    assertThat(a.events()).hasValue(125);
    assertThat(a.denominator()).hasValue(600.0);
    // the value is still the unrounded 123/601
    assertThat(a.value().getAsDouble()).isEqualTo(100.0 * 123 / 601);
  }

  @Test
  void aSuppressedReferenceGroupHidesEveryRatio() {
    ImpactAssessment disclosed = proportions("C").disclose(DisclosurePolicy.nhsDigital());
    assertThat(disclosed.groups())
        .allSatisfy(
            g -> {
              assertThat(g.ratio()).isEmpty();
              assertThat(g.difference()).isEmpty();
            });
    assertThat(disclosed.group("A").orElseThrow().value()).isPresent();
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
  void ratesAreDisclosedOnTheirEventsOnly() {
    // threshold of 10 (UK LLC TRE, STATISTICAL-METHODS.md §9): B's 5 events are suppressed, and A's
    // 30 as the smallest other count
    ImpactAssessment disclosed =
        ImpactAssessor.of(OutcomeKind.ADVERSE_OUTCOME)
            .rates(
                List.of(
                    GroupCount.of("A", 30, 10_000.0),
                    GroupCount.of("B", 5, 2_000.0),
                    GroupCount.of("C", 50, 5_000.0)))
            .disclose(DisclosurePolicy.threshold10());
    GroupResult b = disclosed.group("B").orElseThrow();
    assertThat(b.suppressed()).isTrue();
    assertThat(b.events()).isEmpty();
    assertThat(b.denominator()).hasValue(2_000.0);
    assertThat(disclosed.group("A").orElseThrow().suppressed()).isTrue();
    GroupResult c = disclosed.group("C").orElseThrow();
    assertThat(c.suppressed()).isFalse();
    assertThat(c.events()).hasValue(50);
  }

  @Test
  void representationPublishesTheRoundedTotalOfServiceUsers() {
    ImpactAssessment disclosed =
        ImpactAssessor.of(OutcomeKind.BENEFIT)
            .representation(
                List.of(
                    GroupCount.of("A", 300, 7000),
                    GroupCount.of("B", 100, 2000),
                    GroupCount.of("C", 6, 1000)))
            .disclose(DisclosurePolicy.nhsDigital());
    GroupResult a = disclosed.group("A").orElseThrow();
    assertThat(a.events()).hasValue(300);
    assertThat(a.denominator()).hasValue(405.0); // 406 to the nearest 5
    GroupResult c = disclosed.group("C").orElseThrow();
    assertThat(c.suppressed()).isTrue();
    assertThat(c.populationShare()).isPresent(); // the population is not controlled
    assertThat(c.ratio()).isEmpty();
    assertThat(disclosed.goodnessOfFit()).isPresent();
  }

  @Test
  void aSuppressedHighestGroupHidesEveryImpactRatio() {
    ImpactAssessment disclosed =
        ImpactAssessor.of(OutcomeKind.BENEFIT)
            .relativeLikelihood(
                List.of(
                    GroupCount.of("A", 6, 10),
                    GroupCount.of("B", 40, 100),
                    GroupCount.of("C", 45, 100)))
            .disclose(DisclosurePolicy.nhsDigital());
    assertThat(disclosed.group("A").orElseThrow().suppressed()).isTrue();
    assertThat(disclosed.groups()).allSatisfy(g -> assertThat(g.impactRatio()).isEmpty());
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
