package org.equalitymonitoring.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class WilsonScoreTest {

  private static final double Z95 = 1.959963984540054; // dossier §0
  private static final double Z998 = 3.090232306167813; // dossier §0
  private static final ConfidenceLevel C95 = ConfidenceLevel.NINETY_FIVE;

  private static Offset<Double> rel(double expected) {
    return within(Math.abs(expected) * 1e-9 + 1e-15);
  }

  @Test
  void matchesNewcombe1998PublishedWilsonIntervals() {
    // Newcombe RG (1998) Stat Med 17:857-872, Table II, method 3 (score, no continuity
    // correction), quoted to 4 dp.
    assertInterval(81, 263, 0.2553, 0.3662);
    assertInterval(15, 148, 0.0624, 0.1605);
    assertInterval(0, 20, 0.0000, 0.1611);
    assertInterval(1, 29, 0.0061, 0.1718);
    assertInterval(29, 29, 0.8830, 1.0000);
  }

  private static void assertInterval(double x, double n, double lower, double upper) {
    Interval interval = WilsonScore.interval(x, n, C95);
    assertThat(interval.lower()).isCloseTo(lower, within(5e-5));
    assertThat(interval.upper()).isCloseTo(upper, within(5e-5));
  }

  @Test
  void matchesTheNewcombeAltmanFormulaWorkedByHand() {
    // x = 65, n = 100 (the PHEindicatormethods testWilson.R inputs), z = 1.959963984540054:
    // z² = 3.841458820694124; 4x(1 − x/n) = 260·0.35 = 91
    double z2 = Z95 * Z95;
    double root = Math.sqrt(z2 + 91);
    double lower = (130 + z2 - Z95 * root) / (2 * (100 + z2));
    double upper = (130 + z2 + Z95 * root) / (2 * (100 + z2));
    Estimate estimate = WilsonScore.proportion(65, 100, C95);
    assertThat(estimate.value()).isEqualTo(0.65);
    assertThat(estimate.lower()).isCloseTo(lower, rel(lower));
    assertThat(estimate.upper()).isCloseTo(upper, rel(upper));
    assertThat(estimate.method()).isEqualTo("Wilson");
  }

  @Test
  void acceptsNonIntegerNumeratorAsInPheimTest() {
    // dossier §1: x = 0.445, n = 1; 4x(1 − x/n) = 1.78·0.555 = 0.9879; z at 99.8%
    double z2 = Z998 * Z998;
    double root = Math.sqrt(z2 + 0.9879);
    double lower = (0.89 + z2 - Z998 * root) / (2 * (1 + z2));
    double upper = (0.89 + z2 + Z998 * root) / (2 * (1 + z2));
    Interval interval = WilsonScore.interval(0.445, 1, ConfidenceLevel.NINETY_NINE_POINT_EIGHT);
    assertThat(interval.lower()).isCloseTo(lower, rel(lower));
    assertThat(interval.upper()).isCloseTo(upper, rel(upper));
  }

  @Test
  void zeroEventsGiveLowerZeroAndUpperZSquaredOverNPlusZSquared() {
    // dossier §1: x = 0 → lower = 0 exactly, upper = z²/(n + z²)
    double z2 = Z95 * Z95;
    Interval interval = WilsonScore.interval(0, 7, C95);
    assertThat(interval.lower()).isEqualTo(0.0);
    assertThat(interval.upper()).isCloseTo(z2 / (7 + z2), rel(z2 / (7 + z2)));
  }

  @Test
  void allEventsGiveLowerNOverNPlusZSquaredAndUpperExactlyOne() {
    // dossier §1: x = n → lower = n/(n + z²), upper = 1 (exactly 1 at n = 10, 95%)
    double z2 = Z95 * Z95;
    Interval interval = WilsonScore.interval(10, 10, C95);
    assertThat(interval.lower()).isCloseTo(10 / (10 + z2), rel(10 / (10 + z2)));
    assertThat(interval.upper()).isEqualTo(1.0);
  }

  @Test
  void multiplierScalesValueAndLimits() {
    Estimate fraction = WilsonScore.proportion(65, 100, C95);
    Estimate percent = WilsonScore.proportion(65, 100, C95, 100);
    assertThat(percent.value()).isCloseTo(65, within(1e-12));
    assertThat(percent.lower()).isCloseTo(fraction.lower() * 100, within(1e-12));
    assertThat(percent.upper()).isCloseTo(fraction.upper() * 100, within(1e-12));
    assertThat(percent.confidence()).isEqualTo(C95);
  }

  @Test
  void rejectsEventsAboveTotal() {
    assertThatThrownBy(() -> WilsonScore.proportion(12, 10, C95))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("events must be between 0 and total, got events=12, total=10");
  }

  @Test
  void rejectsNegativeEventsAndNonPositiveTotal() {
    assertThatThrownBy(() -> WilsonScore.proportion(-1, 10, C95))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("events must be a finite number >= 0, got events=-1.0");
    assertThatThrownBy(() -> WilsonScore.proportion(0, 0, C95))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("total must be a finite number > 0, got total=0.0");
    assertThatThrownBy(() -> WilsonScore.proportion(Double.NaN, 10, C95))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("events must be a finite number >= 0, got events=NaN");
    assertThatThrownBy(() -> WilsonScore.proportion(1, 10, C95, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("multiplier must be a finite number > 0, got multiplier=0.0");
  }

  @Test
  void rejectsNullConfidence() {
    assertThatThrownBy(() -> WilsonScore.proportion(1, 10, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("confidence");
  }

  @Test
  void intervalStaysInUnitRangeAndContainsTheProportion() {
    qt().forAll(
            integers().between(1, 1_000_000),
            doubles().between(0, 1),
            doubles().between(0.9, 0.9999))
        .checkAssert(
            (n, fraction, level) -> {
              double x = Math.min(n, fraction * n);
              Interval interval = WilsonScore.interval(x, n, ConfidenceLevel.of(level));
              assertThat(interval.lower()).isBetween(0.0, 1.0);
              assertThat(interval.upper()).isBetween(0.0, 1.0);
              assertThat(interval.lower()).isLessThanOrEqualTo(interval.upper());
              assertThat(interval.contains(x / n)).isTrue();
            });
  }

  @Test
  void higherConfidenceGivesAWiderInterval() {
    qt().forAll(integers().between(1, 100_000), doubles().between(0, 1))
        .checkAssert(
            (n, fraction) -> {
              double x = Math.floor(fraction * n);
              Interval narrow = WilsonScore.interval(x, n, ConfidenceLevel.NINETY_FIVE);
              Interval wide = WilsonScore.interval(x, n, ConfidenceLevel.NINETY_NINE_POINT_EIGHT);
              assertThat(wide.lower()).isLessThanOrEqualTo(narrow.lower());
              assertThat(wide.upper()).isGreaterThanOrEqualTo(narrow.upper());
            });
  }
}
