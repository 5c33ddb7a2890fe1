package org.equalitymonitoring.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class IndirectStandardisationTest {

  private static final double Z95 = 1.959963984540054; // dossier §0
  private static final ConfidenceLevel C95 = ConfidenceLevel.NINETY_FIVE;
  private static final double[] POPULATIONS = {2000, 3000, 0};
  private static final double[] REF_EVENTS = {100, 600, 50};
  private static final double[] REF_POPULATIONS = {100000, 200000, 10000};

  private static Offset<Double> rel(double expected) {
    return within(Math.abs(expected) * 1e-9 + 1e-15);
  }

  @Test
  void expectedIsTheSumOfReferenceRatesTimesLocalPopulations() {
    // 100/100000·2000 + 600/200000·3000 + 50/10000·0 = 2 + 9 + 0 = 11 (the zero band adds 0)
    assertThat(IndirectStandardisation.expected(POPULATIONS, REF_EVENTS, REF_POPULATIONS))
        .isCloseTo(11, rel(11));
  }

  @Test
  void ratioOfAGivenExpectedCount() {
    // O = 20, E = 16: 1.25; Byar (O >= 10): lower = 20(1 − 1/180 − z/(3√20))³/16,
    // upper = 21(1 − 1/189 + z/(3√21))³/16
    Estimate isr = IndirectStandardisation.ratioOfExpected(20, 16, C95, 1);
    double lower = 20 * Math.pow(1 - 1.0 / 180 - Z95 / (3 * Math.sqrt(20)), 3) / 16;
    double upper = 21 * Math.pow(1 - 1.0 / 189 + Z95 / (3 * Math.sqrt(21)), 3) / 16;
    assertThat(isr.value()).isEqualTo(1.25);
    assertThat(isr.lower()).isCloseTo(lower, rel(lower));
    assertThat(isr.upper()).isCloseTo(upper, rel(upper));
    assertThat(isr.method()).isEqualTo("Byars");
    assertThatThrownBy(() -> IndirectStandardisation.ratioOfExpected(1, 0, C95, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("expected must be a finite number > 0, got expected=0.0");
  }

  @Test
  void ratioWithByarsLimitsByHand() {
    // observed 22, expected 11 → SMR 2 (×100 = 200); Byar limits of 22 / 11 ·100
    double tl = 1 - 1.0 / (9 * 22) - Z95 / (3 * Math.sqrt(22));
    double tu = 1 - 1.0 / (9 * 23) + Z95 / (3 * Math.sqrt(23));
    double lower = 22 * tl * tl * tl / 11 * 100;
    double upper = 23 * tu * tu * tu / 11 * 100;
    Estimate ratio =
        IndirectStandardisation.ratio(22, POPULATIONS, REF_EVENTS, REF_POPULATIONS, C95, 100);
    assertThat(ratio.value()).isCloseTo(200, rel(200));
    assertThat(ratio.lower()).isCloseTo(lower, rel(lower));
    assertThat(ratio.upper()).isCloseTo(upper, rel(upper));
    assertThat(ratio.method()).isEqualTo("Byars");
  }

  @Test
  void ratioWithExactLimitsBelowTen() {
    // observed 1: exact lower −ln(0.975), upper solves e^−λ(1+λ) = 0.025; divided by 11
    Estimate ratio =
        IndirectStandardisation.ratio(1, POPULATIONS, REF_EVENTS, REF_POPULATIONS, C95, 1);
    assertThat(ratio.value()).isCloseTo(1.0 / 11, rel(1.0 / 11));
    assertThat(ratio.lower()).isCloseTo(0.025317807984289786 / 11, rel(0.0023));
    double upperCount = ratio.upper() * 11;
    assertThat(Math.exp(-upperCount) * (1 + upperCount)).isCloseTo(0.025, within(1e-12));
    assertThat(ratio.method()).isEqualTo("Exact");
  }

  @Test
  void zeroObservedGivesZeroRatioAndExactUpper() {
    Estimate ratio =
        IndirectStandardisation.ratio(0, POPULATIONS, REF_EVENTS, REF_POPULATIONS, C95, 1);
    assertThat(ratio.value()).isEqualTo(0.0);
    assertThat(ratio.lower()).isEqualTo(0.0);
    assertThat(ratio.upper()).isCloseTo(3.6888794541139363 / 11, rel(0.335));
  }

  @Test
  void rateUsesTheReferenceRate() {
    // refRate = 750/310000·1e5; ISRate = 22/11·refRate; Byar limits scaled the same way
    double refRate = 750.0 / 310000 * 100000;
    double tl = 1 - 1.0 / (9 * 22) - Z95 / (3 * Math.sqrt(22));
    double lower = 22 * tl * tl * tl / 11 * refRate;
    Estimate rate =
        IndirectStandardisation.rate(22, POPULATIONS, REF_EVENTS, REF_POPULATIONS, C95, 100000);
    assertThat(rate.value()).isCloseTo(2 * refRate, rel(2 * refRate));
    assertThat(rate.lower()).isCloseTo(lower, rel(lower));
    assertThat(rate.method()).isEqualTo("Byars");
  }

  @Test
  void rejectsInvalidInputs() {
    assertThatThrownBy(
            () ->
                IndirectStandardisation.ratio(-1, POPULATIONS, REF_EVENTS, REF_POPULATIONS, C95, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("observed must be a finite number >= 0, got observed=-1.0");
    assertThatThrownBy(
            () ->
                IndirectStandardisation.ratio(
                    5, new double[] {0, 0, 0}, REF_EVENTS, REF_POPULATIONS, C95, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("expected count must be > 0")
        .hasMessageEndingWith("got expected=0.0");
    assertThatThrownBy(
            () ->
                IndirectStandardisation.expected(
                    POPULATIONS, REF_EVENTS, new double[] {100000, 0, 10000}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "referencePopulations must all be finite numbers > 0, got referencePopulations[1]=0.0");
    assertThatThrownBy(
            () ->
                IndirectStandardisation.ratio(5, POPULATIONS, REF_EVENTS, REF_POPULATIONS, C95, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("refValue must be a finite number > 0, got refValue=0.0");
    assertThatThrownBy(() -> IndirectStandardisation.expected(POPULATIONS, null, REF_POPULATIONS))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("referenceEvents");
  }

  @Test
  void rejectsBandArraysOfDifferentLengths() {
    assertThatThrownBy(
            () ->
                IndirectStandardisation.expected(
                    new double[] {-1, 0, 0}, REF_EVENTS, REF_POPULATIONS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("populations must all be finite numbers >= 0, got populations[0]=-1.0");
    assertThatThrownBy(
            () ->
                IndirectStandardisation.expected(
                    POPULATIONS, new double[] {-1, 0, 0}, REF_POPULATIONS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("referenceEvents must all be finite numbers >= 0, got referenceEvents[0]=-1.0");
    assertThatThrownBy(
            () -> IndirectStandardisation.expected(new double[0], new double[0], new double[0]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("populations must not be empty, got populations.length=0");
    assertThatThrownBy(
            () -> IndirectStandardisation.expected(POPULATIONS, new double[] {1}, REF_POPULATIONS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "populations and referenceEvents must have the same length, got populations.length=3,"
                + " referenceEvents.length=1");
    assertThatThrownBy(
            () -> IndirectStandardisation.expected(POPULATIONS, REF_EVENTS, new double[] {1}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "populations and referencePopulations must have the same length,"
                + " got populations.length=3, referencePopulations.length=1");
  }
}
