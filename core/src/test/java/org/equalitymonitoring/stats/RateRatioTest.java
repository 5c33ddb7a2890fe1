package org.equalitymonitoring.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class RateRatioTest {

  private static final double Z95 = 1.959963984540054; // dossier §0
  private static final ConfidenceLevel C95 = ConfidenceLevel.NINETY_FIVE;

  private static Offset<Double> rel(double expected) {
    return within(Math.abs(expected) * 1e-9 + 1e-15);
  }

  @Test
  void logIntervalByHand() {
    // 30 events / 1000 py vs 15 / 1500 py: IRR = 0.03/0.01 = 3; SE = sqrt(1/30 + 1/15) = sqrt(0.1)
    Estimate irr = RateRatio.of(30, 1000, 15, 1500, C95);
    assertThat(irr.value()).isCloseTo(3, rel(3));
    double lower = 3 * Math.exp(-Z95 * Math.sqrt(0.1));
    double upper = 3 * Math.exp(Z95 * Math.sqrt(0.1));
    assertThat(irr.lower()).isCloseTo(lower, rel(lower));
    assertThat(irr.upper()).isCloseTo(upper, rel(upper));
    assertThat(irr.method()).isEqualTo("Log");
  }

  @Test
  void zeroCountsFollowTheRiskRatioConvention() {
    Estimate both = RateRatio.of(0, 100, 0, 100, C95);
    assertThat(both.value()).isNaN();
    assertThat(both.lower()).isNaN();
    assertThat(both.upper()).isNaN();
    Estimate index = RateRatio.of(0, 100, 4, 100, C95);
    assertThat(index.value()).isEqualTo(0.0);
    assertThat(index.lower()).isEqualTo(0.0);
    assertThat(index.upper()).isNaN();
    Estimate reference = RateRatio.of(4, 100, 0, 100, C95);
    assertThat(reference.value()).isEqualTo(Double.POSITIVE_INFINITY);
    assertThat(reference.lower()).isNaN();
    assertThat(reference.upper()).isEqualTo(Double.POSITIVE_INFINITY);
  }

  @Test
  void rejectsInvalidArguments() {
    assertThatThrownBy(() -> RateRatio.of(-1, 100, 4, 100, C95))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("indexEvents must be a finite number >= 0, got indexEvents=-1.0");
    assertThatThrownBy(() -> RateRatio.of(1, 100, 4, 0, C95))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("referencePersonTime must be a finite number > 0, got referencePersonTime=0.0");
  }

  @Test
  void intervalContainsTheRatio() {
    qt().forAll(
            integers().between(1, 100_000),
            doubles().between(1, 1e7),
            integers().between(1, 100_000),
            doubles().between(1, 1e7))
        .checkAssert(
            (a, pt1, b, pt0) -> {
              Estimate irr = RateRatio.of(a, pt1, b, pt0, C95);
              assertThat(irr.lower()).isLessThanOrEqualTo(irr.value());
              assertThat(irr.upper()).isGreaterThanOrEqualTo(irr.value());
            });
  }
}
