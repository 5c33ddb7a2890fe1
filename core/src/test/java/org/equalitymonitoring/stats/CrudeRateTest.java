package org.equalitymonitoring.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class CrudeRateTest {

  private static final double Z95 = 1.959963984540054; // dossier §0
  private static final ConfidenceLevel C95 = ConfidenceLevel.NINETY_FIVE;

  private static Offset<Double> rel(double expected) {
    return within(Math.abs(expected) * 1e-9 + 1e-15);
  }

  @Test
  void byarsRatePerHundredThousandByHand() {
    // x = 65, n = 120000: value 65/120000·1e5; Byar limits by hand, divided by n, times 1e5
    double tl = 1 - 1.0 / (9 * 65) - Z95 / (3 * Math.sqrt(65));
    double tu = 1 - 1.0 / (9 * 66) + Z95 / (3 * Math.sqrt(66));
    double lower = 65 * tl * tl * tl / 120000 * 100000;
    double upper = 66 * tu * tu * tu / 120000 * 100000;
    Estimate rate = CrudeRate.of(65, 120000, C95);
    assertThat(rate.value()).isCloseTo(65.0 / 120000 * 100000, rel(54.17));
    assertThat(rate.lower()).isCloseTo(lower, rel(lower));
    assertThat(rate.upper()).isCloseTo(upper, rel(upper));
    assertThat(rate.method()).isEqualTo("Byars");
  }

  @Test
  void zeroEventsUseTheExactBranch() {
    // dossier §2: PHEIM handles x = 0 through the exact branch: (0, 3.6888794541139363)/n·m
    Estimate rate = CrudeRate.of(0, 5000, C95, 1000);
    assertThat(rate.value()).isEqualTo(0.0);
    assertThat(rate.lower()).isEqualTo(0.0);
    assertThat(rate.upper()).isCloseTo(3.6888794541139363 / 5000 * 1000, rel(0.7378));
    assertThat(rate.method()).isEqualTo("Exact");
  }

  @Test
  void smallCountsUseExactLimits() {
    // x = 1: lower −ln(0.975), upper solves e^−λ(1+λ) = 0.025 (written out below)
    Estimate rate = CrudeRate.of(1, 200, C95, 100);
    assertThat(rate.lower()).isCloseTo(0.025317807984289786 / 200 * 100, rel(0.0127));
    double upperCount = rate.upper() * 200 / 100;
    assertThat(Math.exp(-upperCount) * (1 + upperCount)).isCloseTo(0.025, within(1e-12));
    assertThat(rate.method()).isEqualTo("Exact");
  }

  @Test
  void eventsMayExceedTheDenominator() {
    // dossier §2: test Area12 250/220 is allowed
    Estimate rate = CrudeRate.of(250, 220, C95, 1);
    assertThat(rate.value()).isCloseTo(250.0 / 220, rel(1.136));
    assertThat(rate.method()).isEqualTo("Byars");
  }

  @Test
  void rejectsInvalidArguments() {
    assertThatThrownBy(() -> CrudeRate.of(-1, 100, C95))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("events must be a finite number >= 0, got events=-1.0");
    assertThatThrownBy(() -> CrudeRate.of(1, 0, C95))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("denominator must be a finite number > 0, got denominator=0.0");
    assertThatThrownBy(() -> CrudeRate.of(1, 10, C95, -5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("multiplier must be a finite number > 0, got multiplier=-5.0");
    assertThatThrownBy(() -> CrudeRate.of(1, 10, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("confidence");
  }

  @Test
  void intervalContainsTheRate() {
    qt().forAll(doubles().between(0, 100_000), doubles().between(1, 1e7))
        .checkAssert(
            (events, denominator) -> {
              Estimate rate = CrudeRate.of(events, denominator, C95);
              assertThat(rate.lower()).isGreaterThanOrEqualTo(0.0);
              assertThat(rate.lower()).isLessThanOrEqualTo(rate.value());
              assertThat(rate.upper()).isGreaterThanOrEqualTo(rate.value());
            });
  }
}
