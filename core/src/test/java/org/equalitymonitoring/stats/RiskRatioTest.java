package org.equalitymonitoring.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class RiskRatioTest {

  private static final double Z95 = 1.959963984540054; // dossier §0
  private static final ConfidenceLevel C95 = ConfidenceLevel.NINETY_FIVE;

  private static Offset<Double> rel(double expected) {
    return within(Math.abs(expected) * 1e-9 + 1e-15);
  }

  @Test
  void matchesTheScipyRelativeRiskDocumentationExample() {
    // scipy.stats.contingency.relative_risk(27, 122, 44, 487): relative_risk 2.4495156482861398,
    // confidence_interval(0.95) = (1.5836990926700116, 3.7886786315466354)
    Estimate rr = RiskRatio.katz(27, 122, 44, 487, C95);
    assertThat(rr.value()).isCloseTo(2.4495156482861398, rel(2.4495156482861398));
    assertThat(rr.lower()).isCloseTo(1.5836990926700116, rel(1.5836990926700116));
    assertThat(rr.upper()).isCloseTo(3.7886786315466354, rel(3.7886786315466354));
    assertThat(rr.method()).isEqualTo("Katz log");
  }

  @Test
  void katzByHand() {
    // a = 20/100 vs c = 10/100: RR 2, SE = sqrt(1/20 − 1/100 + 1/10 − 1/100) = sqrt(0.13)
    Estimate rr = RiskRatio.katz(20, 100, 10, 100, C95);
    assertThat(rr.value()).isCloseTo(2, rel(2));
    double lower = 2 * Math.exp(-Z95 * Math.sqrt(0.13));
    double upper = 2 * Math.exp(Z95 * Math.sqrt(0.13));
    assertThat(rr.lower()).isCloseTo(lower, rel(lower));
    assertThat(rr.upper()).isCloseTo(upper, rel(upper));
  }

  @Test
  void wresRelativeLikelihoodPublishedExample() {
    // dossier §8: Christie 2023 46.99% / 14.65% → 3.2 (published to 1 dp)
    Estimate rl = RiskRatio.katz(4699, 10000, 1465, 10000, C95);
    assertThat(rl.value()).isCloseTo(3.2, within(0.05));
  }

  @Test
  void zeroCellsFollowTheEpitoolsScipyConvention() {
    // dossier §8: a = c = 0 → NaN (NaN, NaN); a = 0 → 0 (0, NaN); c = 0 → ∞ (NaN, ∞)
    Estimate both = RiskRatio.katz(0, 10, 0, 20, C95);
    assertThat(both.value()).isNaN();
    assertThat(both.lower()).isNaN();
    assertThat(both.upper()).isNaN();

    Estimate exposedZero = RiskRatio.katz(0, 10, 3, 20, C95);
    assertThat(exposedZero.value()).isEqualTo(0.0);
    assertThat(exposedZero.lower()).isEqualTo(0.0);
    assertThat(exposedZero.upper()).isNaN();

    Estimate controlZero = RiskRatio.katz(3, 10, 0, 20, C95);
    assertThat(controlZero.value()).isEqualTo(Double.POSITIVE_INFINITY);
    assertThat(controlZero.lower()).isNaN();
    assertThat(controlZero.upper()).isEqualTo(Double.POSITIVE_INFINITY);
  }

  @Test
  void halfCorrectionAddsHalfToEveryCellWhenACellIsZero() {
    // a = 0, n1 = 10, c = 3, n0 = 20 → cells 0.5, 10.5, 3.5, 17.5; n1 = 11, n0 = 21
    double rr = (0.5 / 11) / (3.5 / 21);
    double se = Math.sqrt(1 / 0.5 - 1.0 / 11 + 1 / 3.5 - 1.0 / 21);
    Estimate corrected = RiskRatio.katzWithHalfCorrection(0, 10, 3, 20, C95);
    assertThat(corrected.value()).isCloseTo(rr, rel(rr));
    assertThat(corrected.lower())
        .isCloseTo(rr * Math.exp(-Z95 * se), rel(rr * Math.exp(-Z95 * se)));
    assertThat(corrected.upper()).isCloseTo(rr * Math.exp(Z95 * se), rel(rr * Math.exp(Z95 * se)));
    assertThat(corrected.method()).isEqualTo("Katz log, 0.5 added to all cells");
    // no zero cell → identical to katz
    assertThat(RiskRatio.katzWithHalfCorrection(20, 100, 10, 100, C95))
        .isEqualTo(RiskRatio.katz(20, 100, 10, 100, C95));
  }

  @Test
  void rejectsEventsAboveTotals() {
    assertThatThrownBy(() -> RiskRatio.katz(12, 10, 1, 10, C95))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("events must be between 0 and total, got events=12, total=10");
    assertThatThrownBy(() -> RiskRatio.katz(1, 0, 1, 10, C95))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("total must be a finite number > 0, got total=0.0");
    assertThatThrownBy(() -> RiskRatio.katz(1, 10, 1, 10, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("confidence");
  }

  @Test
  void intervalContainsTheRatioWhenBothGroupsHaveEvents() {
    qt().forAll(
            integers().between(1, 10_000),
            integers().between(1, 10_000),
            integers().between(1, 10_000),
            integers().between(1, 10_000))
        .checkAssert(
            (a, extra1, c, extra0) -> {
              Estimate rr = RiskRatio.katz(a, a + extra1, c, c + extra0, C95);
              assertThat(rr.lower()).isLessThanOrEqualTo(rr.value());
              assertThat(rr.upper()).isGreaterThanOrEqualTo(rr.value());
              assertThat(rr.lower()).isGreaterThan(0.0);
            });
  }
}
