package org.equalitymonitoring.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class PoissonIntervalTest {

  private static final double Z95 = 1.959963984540054; // dossier §0
  private static final double Z998 = 3.090232306167813; // dossier §0
  private static final ConfidenceLevel C95 = ConfidenceLevel.NINETY_FIVE;
  private static final ConfidenceLevel C998 = ConfidenceLevel.NINETY_NINE_POINT_EIGHT;

  private static Offset<Double> rel(double expected) {
    return within(Math.abs(expected) * 1e-9 + 1e-15);
  }

  @Test
  void exactUpperForZeroEventsIsMinusLogHalfAlpha() {
    // dossier §2: x = 0 → −ln((1−conf)/2) = 3.6888794541139363 at 95%
    assertThat(PoissonInterval.exactUpper(0, C95)).isCloseTo(3.6888794541139363, rel(3.6888));
    // −ln(0.001) = 6.907755278982137 at 99.8%
    assertThat(PoissonInterval.exactUpper(0, C998)).isCloseTo(6.907755278982137, rel(6.9));
    assertThat(PoissonInterval.exactLower(0, C95)).isEqualTo(0.0);
  }

  @Test
  void exactLowerForOneEventIsMinusLogOneMinusHalfAlpha() {
    // qchisq(p, 2)/2 = −ln(1 − p); p = 0.025 → −ln(0.975) = 0.025317807984289786
    assertThat(PoissonInterval.exactLower(1, C95)).isCloseTo(0.025317807984289786, rel(0.0253));
  }

  @Test
  void exactLimitsSatisfyThePoissonTailEquations() {
    // Garwood limits: P(X <= x | upper) = 0.025 and P(X >= x | lower) = 0.025, written out
    double u1 = PoissonInterval.exactUpper(1, C95);
    assertThat(Math.exp(-u1) * (1 + u1)).isCloseTo(0.025, within(1e-12));
    double u2 = PoissonInterval.exactUpper(2, C95);
    assertThat(Math.exp(-u2) * (1 + u2 + u2 * u2 / 2)).isCloseTo(0.025, within(1e-12));
    double l2 = PoissonInterval.exactLower(2, C95);
    assertThat(1 - Math.exp(-l2) * (1 + l2)).isCloseTo(0.025, within(1e-12));
    double l3 = PoissonInterval.exactLower(3, C998);
    assertThat(1 - Math.exp(-l3) * (1 + l3 + l3 * l3 / 2)).isCloseTo(0.001, within(1e-13));
    // published exact 95% limits for 1 event: 0.0253 and 5.5716 (Garwood tables)
    assertThat(u1).isCloseTo(5.5716, within(5e-5));
  }

  @Test
  void byarsLowerForOneEventMatchesDossier() {
    // dossier §2: byars_lower(1) = 0.01307…; by hand 1·(1 − 1/9 − z/3)³
    double t = 1 - 1.0 / 9 - Z95 / 3;
    double expected = t * t * t;
    assertThat(PoissonInterval.byarsLower(1, C95).getAsDouble()).isCloseTo(expected, rel(expected));
    assertThat(expected).isBetween(0.01307, 0.01308);
  }

  @Test
  void byarsLowerForOneHundredMatchesPhStatsMethodsTest() {
    // PHStatsMethods tests/test_utils.py: byars_lower(100) == 81.36210549052788 (95%)
    assertThat(PoissonInterval.byarsLower(100, C95).getAsDouble())
        .isCloseTo(81.36210549052788, rel(81.36));
  }

  @Test
  void byarsUpperForTenByHand() {
    // (x+1)·(1 − 1/(9(x+1)) + z/(3√(x+1)))³ with x = 10
    double t = 1 - 1.0 / 99 + Z95 / (3 * Math.sqrt(11));
    double expected = 11 * t * t * t;
    assertThat(PoissonInterval.byarsUpper(10, C95)).isCloseTo(expected, rel(expected));
    double t998 = 1 - 1.0 / 99 + Z998 / (3 * Math.sqrt(11));
    assertThat(PoissonInterval.byarsUpper(10, C998))
        .isCloseTo(11 * t998 * t998 * t998, rel(11 * t998 * t998 * t998));
  }

  @Test
  void byarsLowerIsEmptyWhereTheApproximationIsUndefined() {
    assertThat(PoissonInterval.byarsLower(0, C95)).isEmpty();
    // 0.1·(1 − 1/0.9 − z/(3·√0.1))³ < 0 → NA in PHEindicatormethods
    assertThat(PoissonInterval.byarsLower(0.1, C95)).isEmpty();
  }

  @Test
  void switchesFromExactToByarsAtTen() {
    Interval nine = PoissonInterval.of(9, C95);
    assertThat(nine.method()).isEqualTo("Exact");
    assertThat(nine.lower()).isEqualTo(PoissonInterval.exactLower(9, C95));
    assertThat(nine.upper()).isEqualTo(PoissonInterval.exactUpper(9, C95));

    Interval ten = PoissonInterval.of(10, C95);
    assertThat(ten.method()).isEqualTo("Byars");
    double tl = 1 - 1.0 / 90 - Z95 / (3 * Math.sqrt(10));
    assertThat(ten.lower()).isCloseTo(10 * tl * tl * tl, rel(10 * tl * tl * tl));
    double tu = 1 - 1.0 / 99 + Z95 / (3 * Math.sqrt(11));
    assertThat(ten.upper()).isCloseTo(11 * tu * tu * tu, rel(11 * tu * tu * tu));

    Interval zero = PoissonInterval.of(0, C95);
    assertThat(zero.method()).isEqualTo("Exact");
    assertThat(zero.lower()).isEqualTo(0.0);
    assertThat(zero.upper()).isCloseTo(3.6888794541139363, rel(3.6888));
  }

  @Test
  void acceptsNonIntegerCounts() {
    // dossier §10: weighted counts need a true inverse incomplete gamma
    double lower = PoissonInterval.exactLower(2.5, C95);
    assertThat(lower)
        .isBetween(PoissonInterval.exactLower(2, C95), PoissonInterval.exactLower(3, C95));
    double upper = PoissonInterval.exactUpper(2.5, C95);
    assertThat(upper)
        .isBetween(PoissonInterval.exactUpper(2, C95), PoissonInterval.exactUpper(3, C95));
  }

  @Test
  void rejectsNegativeAndNonFiniteCounts() {
    assertThatThrownBy(() -> PoissonInterval.of(-4, C95))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("count must be a finite number >= 0, got count=-4.0");
    assertThatThrownBy(() -> PoissonInterval.exactUpper(Double.POSITIVE_INFINITY, C95))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("count must be a finite number >= 0, got count=Infinity");
    assertThatThrownBy(() -> PoissonInterval.of(1, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("confidence");
  }

  @Test
  void intervalContainsTheCountAndIsNonNegative() {
    qt().forAll(doubles().between(0, 1_000_000), doubles().between(0.9, 0.9999))
        .checkAssert(
            (count, level) -> {
              Interval interval = PoissonInterval.of(count, ConfidenceLevel.of(level));
              assertThat(interval.lower()).isGreaterThanOrEqualTo(0.0);
              assertThat(interval.lower()).isLessThanOrEqualTo(interval.upper());
              assertThat(interval.contains(count)).isTrue();
            });
  }
}
