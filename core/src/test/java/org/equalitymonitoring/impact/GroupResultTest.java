package org.equalitymonitoring.impact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class GroupResultTest {

  private static GroupResult black() {
    return ImpactAssessor.of(OutcomeKind.BENEFIT)
        .withReference(Reference.group("White British"))
        .proportions(
            List.of(GroupCount.of("White British", 120, 600), GroupCount.of("Black", 40, 400)))
        .group("Black")
        .orElseThrow();
  }

  @Test
  void carriesTheFieldsAReportPrints() {
    GroupResult g = black();
    assertThat(g.group()).isEqualTo("Black");
    assertThat(g.events()).hasValue(40);
    assertThat(g.denominator()).hasValue(400.0);
    assertThat(g.value()).isPresent();
    assertThat(g.lower()).isPresent();
    assertThat(g.upper()).isPresent();
    assertThat(g.method()).hasValue("Wilson");
    assertThat(g.ratio()).isPresent();
    assertThat(g.ratioLower()).isPresent();
    assertThat(g.ratioUpper()).isPresent();
    assertThat(g.significance().orElseThrow().label()).isEqualTo("lower");
    assertThat(g.adverseImpact().isAdverse()).isTrue();
    assertThat(g.suppressed()).isFalse();
    assertThat(g.populationShare()).isEmpty();
    assertThat(g.impactRatio()).isEmpty();
    assertThat(g.fourFifthsAdverse()).isFalse();
  }

  @Test
  void nonFiniteNumbersBecomeEmpty() {
    assertThat(GroupResult.finite(Double.NaN)).isEmpty();
    assertThat(GroupResult.finite(Double.POSITIVE_INFINITY)).isEmpty();
    assertThat(GroupResult.finite(0.5)).hasValue(0.5);
  }

  @Test
  void equalityAndText() {
    assertThat(black()).isEqualTo(black()).hasSameHashCodeAs(black());
    assertThat(black().toString())
        .startsWith("GroupResult[Black: value=10.0 [")
        .contains("lower, evidence of adverse impact]");
  }
}
