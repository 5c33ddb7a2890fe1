package org.equalitymonitoring.impact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import org.assertj.core.data.Offset;
import org.equalitymonitoring.stats.ConfidenceLevel;
import org.junit.jupiter.api.Test;

class RelativeLikelihoodTest {

  private static final double Z = 1.959963984540054; // STATISTICAL-METHODS.md §0
  private static final ConfidenceLevel C95 = ConfidenceLevel.NINETY_FIVE;

  private static Offset<Double> rel(double expected) {
    return within(Math.abs(expected) * 1e-9 + 1e-12);
  }

  @Test
  void whiteAppointed120Of600AgainstBme40Of400IsTwo() {
    // 120/600 = 0.2, 40/400 = 0.1, RL = 0.2 / 0.1 = 2.0
    RelativeLikelihood rl =
        RelativeLikelihood.of(GroupCount.of("White", 120, 600), GroupCount.of("BME", 40, 400), C95);
    assertThat(rl.value()).isCloseTo(2.0, rel(2.0));
    assertThat(rl.numeratorRate().value()).isCloseTo(0.2, rel(0.2));
    assertThat(rl.comparisonRate().value()).isCloseTo(0.1, rel(0.1));
    assertThat(rl.numeratorRate().method()).isEqualTo("Wilson");
    // Katz: SE = sqrt(1/120 - 1/600 + 1/40 - 1/400)
    double se = Math.sqrt(1.0 / 120 - 1.0 / 600 + 1.0 / 40 - 1.0 / 400);
    assertThat(rl.estimate().lower()).isCloseTo(2 * Math.exp(-Z * se), rel(1.4));
    assertThat(rl.estimate().upper()).isCloseTo(2 * Math.exp(Z * se), rel(2.8));
    assertThat(rl.estimate().method()).isEqualTo("Katz log");
    assertThat(rl.significance()).isEqualTo(Significance.HIGHER);
    assertThat(rl.withinNonAdverseRange()).isFalse();
    assertThat(rl.fourFifthsAdverse()).isTrue();
    assertThat(rl.numerator().group()).isEqualTo("White");
    assertThat(rl.comparison().group()).isEqualTo("BME");
  }

  @Test
  void publishedWresFiguresToOneDecimalPlace() {
    // STATISTICAL-METHODS.md §8: Christie 2023 46.99% / 14.65% -> 3.2; KMPT 1.2% / 0.7% -> 1.7
    RelativeLikelihood christie =
        RelativeLikelihood.of(
            GroupCount.of("White", 4699, 10_000), GroupCount.of("BME", 1465, 10_000), C95);
    assertThat(Math.round(christie.value() * 10) / 10.0).isEqualTo(3.2);
    RelativeLikelihood kmpt =
        RelativeLikelihood.of(GroupCount.of("White", 12, 1000), GroupCount.of("BME", 7, 1000), C95);
    assertThat(Math.round(kmpt.value() * 10) / 10.0).isEqualTo(1.7);
  }

  @Test
  void theEndsOfTheNonAdverseRangeAreIncluded() {
    // 0.25 / 0.20 = 1.25 and 0.20 / 0.25 = 0.80 are within 0.80-1.25 (four-fifths: 0.80 is not
    // adverse), 0.26 / 0.20 = 1.3 and 0.19 / 0.25 = 0.76 are not.
    assertThat(of(25, 100, 20, 100).withinNonAdverseRange()).isTrue();
    assertThat(of(20, 100, 25, 100).withinNonAdverseRange()).isTrue();
    assertThat(of(26, 100, 20, 100).withinNonAdverseRange()).isFalse();
    assertThat(of(19, 100, 25, 100).withinNonAdverseRange()).isFalse();
    assertThat(RelativeLikelihood.isNonAdverse(0.80)).isTrue();
    assertThat(RelativeLikelihood.isNonAdverse(1.25)).isTrue();
    assertThat(RelativeLikelihood.isNonAdverse(0.7999)).isFalse();
    assertThat(RelativeLikelihood.isNonAdverse(1.2501)).isFalse();
    assertThat(RelativeLikelihood.isNonAdverse(Double.NaN)).isFalse();
  }

  @Test
  void zeroCells() {
    // STATISTICAL-METHODS.md §8: a = 0 -> 0; c = 0 -> +inf; a = c = 0 -> NaN
    assertThat(of(0, 100, 5, 100).value()).isEqualTo(0.0);
    assertThat(of(0, 100, 5, 100).fourFifthsAdverse()).isTrue();
    assertThat(of(5, 100, 0, 100).value()).isEqualTo(Double.POSITIVE_INFINITY);
    assertThat(of(0, 100, 0, 100).value()).isNaN();
    assertThat(of(0, 100, 0, 100).withinNonAdverseRange()).isTrue();
    assertThat(of(0, 100, 0, 100).significance()).isEqualTo(Significance.NOT_SIGNIFICANT);
  }

  @Test
  void eventsAboveTheDenominatorAreRejected() {
    assertThatThrownBy(() -> of(11, 10, 1, 10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("events must not exceed the denominator");
  }

  @Test
  void aGroupAgainstItselfIsOne() {
    qt().forAll(integers().between(1, 100_000), integers().between(0, 100_000))
        .checkAssert(
            (events, extra) -> {
              GroupCount g = GroupCount.of("G", events, (long) events + extra);
              RelativeLikelihood rl = RelativeLikelihood.of(g, g, C95);
              assertThat(rl.value()).isEqualTo(1.0);
              assertThat(rl.withinNonAdverseRange()).isTrue();
              assertThat(rl.fourFifthsAdverse()).isFalse();
              assertThat(rl.significance()).isEqualTo(Significance.NOT_SIGNIFICANT);
            });
  }

  @Test
  void fourFifthsFlagIsTheOppositeOfTheRange() {
    qt().forAll(
            integers().between(0, 500),
            integers().between(1, 500),
            integers().between(0, 500),
            integers().between(1, 500))
        .checkAssert(
            (a, extraA, c, extraC) -> {
              RelativeLikelihood rl = of(a, a + extraA, c, c + extraC);
              double pa = (double) a / (a + extraA);
              double pc = (double) c / (c + extraC);
              double low = Math.min(pa, pc);
              double high = Math.max(pa, pc);
              assertThat(rl.fourFifthsAdverse()).isEqualTo(!rl.withinNonAdverseRange());
              if (high > 0 && Math.abs(low / high - 0.8) > 1e-12) {
                assertThat(rl.fourFifthsAdverse()).isEqualTo(low / high < 0.8);
              }
              double v = rl.value();
              if (Double.isFinite(v)
                  && v > 0
                  && Math.abs(v - 0.8) > 1e-12
                  && Math.abs(v - 1.25) > 1e-12) {
                assertThat(rl.withinNonAdverseRange())
                    .isEqualTo(RelativeLikelihood.isNonAdverse(v));
              }
            });
  }

  @Test
  void equalityAndText() {
    assertThat(of(1, 2, 1, 3)).isEqualTo(of(1, 2, 1, 3)).hasSameHashCodeAs(of(1, 2, 1, 3));
    assertThat(of(1, 2, 1, 3)).isNotEqualTo(of(1, 2, 1, 4));
    assertThat(of(25, 100, 20, 100).toString()).contains("A vs B").contains("within 0.80-1.25");
  }

  private static RelativeLikelihood of(long a, long n1, long c, long n0) {
    return RelativeLikelihood.of(GroupCount.of("A", a, n1), GroupCount.of("B", c, n0), C95);
  }
}
