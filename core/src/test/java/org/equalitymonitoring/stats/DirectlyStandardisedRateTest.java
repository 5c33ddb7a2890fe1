package org.equalitymonitoring.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.Arrays;
import java.util.TreeMap;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class DirectlyStandardisedRateTest {

  private static final double Z95 = 1.959963984540054; // dossier §0
  private static final ConfidenceLevel C95 = ConfidenceLevel.NINETY_FIVE;
  private static final double[] EVENTS = {5, 12, 20};
  private static final double[] POPULATIONS = {1000, 1500, 2500};
  private static final double[] WEIGHTS = {3000, 5000, 2000};

  private static Offset<Double> rel(double expected) {
    return within(Math.abs(expected) * 1e-9 + 1e-15);
  }

  private static double byarsLower(double x, double z) {
    double t = 1 - 1 / (9 * x) - z / (3 * Math.sqrt(x));
    return x * t * t * t;
  }

  private static double byarsUpper(double x, double z) {
    double t = 1 - 1 / (9 * (x + 1)) + z / (3 * Math.sqrt(x + 1));
    return (x + 1) * t * t * t;
  }

  @Test
  void dobsonByHand() {
    // value = (5·3000/1000 + 12·5000/1500 + 20·2000/2500)/10000·1e5 = (15 + 40 + 16)/10000·1e5
    double value = 710;
    // vardsr = (5·3² + 12·(10/3)² + 20·0.8²)/10000²
    double vardsr = (45 + 12 * (100.0 / 9) + 12.8) / 1e8;
    double x = 37;
    double lower = value + Math.sqrt(vardsr / x) * (byarsLower(x, Z95) - x) * 1e5;
    double upper = value + Math.sqrt(vardsr / x) * (byarsUpper(x, Z95) - x) * 1e5;

    DirectlyStandardisedRate dsr =
        DirectlyStandardisedRate.of(EVENTS, POPULATIONS, WEIGHTS, C95, 100000);
    Estimate estimate = dsr.estimate().orElseThrow();
    assertThat(estimate.value()).isCloseTo(value, rel(value));
    assertThat(estimate.lower()).isCloseTo(lower, rel(lower));
    assertThat(estimate.upper()).isCloseTo(upper, rel(upper));
    assertThat(estimate.method()).isEqualTo("Dobson");
    assertThat(dsr.method()).isEqualTo("Dobson");
    assertThat(dsr.statistic()).isEqualTo("dsr per 100000");
    assertThat(dsr.totalCount()).isEqualTo(37.0);
    assertThat(dsr.totalPopulation()).isEqualTo(5000.0);
  }

  @Test
  void totalCountBelowTenGivesNoValue() {
    // dossier §4: X < 10 → value and CIs NA, statistic "dsr NA for total count < 10"
    DirectlyStandardisedRate dsr =
        DirectlyStandardisedRate.of(new double[] {2, 3, 4}, POPULATIONS, WEIGHTS, C95, 100000);
    assertThat(dsr.estimate()).isEmpty();
    assertThat(dsr.statistic()).isEqualTo("dsr NA for total count < 10");
    assertThat(dsr.totalCount()).isEqualTo(9.0);

    DirectlyStandardisedRate zero =
        DirectlyStandardisedRate.of(new double[] {0, 0, 0}, POPULATIONS, WEIGHTS, C95, 100000);
    assertThat(zero.estimate()).isEmpty();

    DirectlyStandardisedRate ten =
        DirectlyStandardisedRate.of(new double[] {2, 3, 5}, POPULATIONS, WEIGHTS, C95, 100000);
    assertThat(ten.estimate()).isPresent();
  }

  @Test
  void equalBandRatesStandardiseToThatRateWithEsp2013() {
    double[] esp = StandardPopulation.esp2013().weights();
    double[] events = new double[19];
    double[] populations = new double[19];
    Arrays.fill(events, 10);
    Arrays.fill(populations, 10000);
    DirectlyStandardisedRate dsr = DirectlyStandardisedRate.of(events, populations, esp, C95, 1e5);
    // every band has rate 10/10000 → DSR = 100 per 100,000
    Estimate estimate = dsr.estimate().orElseThrow();
    assertThat(estimate.value()).isCloseTo(100, rel(100));
    // vardsr = Σ 10·(w/10000)² / 100000²; Σ w² for ESP2013 written out from the dossier list
    double sumSquares =
        5000.0 * 5000
            + 3 * 5500.0 * 5500
            + 2 * 6000.0 * 6000
            + 6500.0 * 6500
            + 4 * 7000.0 * 7000
            + 6500.0 * 6500
            + 6000.0 * 6000
            + 5500.0 * 5500
            + 5000.0 * 5000
            + 4000.0 * 4000
            + 2500.0 * 2500
            + 1500.0 * 1500
            + 1000.0 * 1000;
    double vardsr = 10 * sumSquares / 1e8 / 1e10;
    double lower = 100 + Math.sqrt(vardsr / 190) * (byarsLower(190, Z95) - 190) * 1e5;
    assertThat(estimate.lower()).isCloseTo(lower, rel(lower));
  }

  @Test
  void nonIndependentEventsByHand() {
    // persons with 1 event {5, 10, 20} and with 2 events {0, 1, 0} → events {5, 12, 20}
    TreeMap<Integer, double[]> persons = new TreeMap<>();
    persons.put(1, new double[] {5, 10, 20});
    persons.put(2, new double[] {0, 1, 0});
    // vardsr_1 = (5·9 + 10·(10/3)² + 20·0.64)/1e8; vardsr_2 = 1·(10/3)²/1e8
    double custom = (45 + 10 * (100.0 / 9) + 12.8) / 1e8 + 4 * (100.0 / 9) / 1e8;
    double value = 710;
    double x = 37;
    double lower = value + Math.sqrt(custom / x) * (byarsLower(x, Z95) - x) * 1e5;
    double upper = value + Math.sqrt(custom / x) * (byarsUpper(x, Z95) - x) * 1e5;

    DirectlyStandardisedRate dsr =
        DirectlyStandardisedRate.ofNonIndependentEvents(persons, POPULATIONS, WEIGHTS, C95, 100000);
    Estimate estimate = dsr.estimate().orElseThrow();
    assertThat(estimate.value()).isCloseTo(value, rel(value));
    assertThat(estimate.lower()).isCloseTo(lower, rel(lower));
    assertThat(estimate.upper()).isCloseTo(upper, rel(upper));
    assertThat(dsr.method())
        .isEqualTo("Dobson, with confidence adjusted for non-independent events");
    assertThat(estimate.method()).isEqualTo(dsr.method());
    assertThat(dsr.totalCount()).isEqualTo(37.0);
  }

  @Test
  void rejectsInvalidInputs() {
    assertThatThrownBy(
            () ->
                DirectlyStandardisedRate.of(
                    EVENTS, new double[] {1000, 0, 2500}, WEIGHTS, C95, 100000))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("populations must all be finite numbers > 0, got populations[1]=0.0");
    assertThatThrownBy(
            () ->
                DirectlyStandardisedRate.of(
                    new double[] {5, -1, 2}, POPULATIONS, WEIGHTS, C95, 100000))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("events must all be finite numbers >= 0, got events[1]=-1.0");
    assertThatThrownBy(
            () ->
                DirectlyStandardisedRate.of(new double[] {5, 1}, POPULATIONS, WEIGHTS, C95, 100000))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "events and populations must have the same length, got events.length=2,"
                + " populations.length=3");
    assertThatThrownBy(
            () ->
                DirectlyStandardisedRate.of(
                    EVENTS, POPULATIONS, new double[] {0, 0, 0}, C95, 100000))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("standardPopulation must have a positive sum, got sum=0.0");
    assertThatThrownBy(() -> DirectlyStandardisedRate.of(null, POPULATIONS, WEIGHTS, C95, 1))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("events");
    TreeMap<Integer, double[]> badFrequency = new TreeMap<>();
    badFrequency.put(0, new double[] {1, 1, 1});
    assertThatThrownBy(
            () ->
                DirectlyStandardisedRate.ofNonIndependentEvents(
                    badFrequency, POPULATIONS, WEIGHTS, C95, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("event frequency must be >= 1, got frequency=0");
  }

  @Test
  void intervalContainsTheRateWhenProduced() {
    qt().forAll(
            integers().between(0, 5000),
            integers().between(0, 5000),
            doubles().between(1, 1e6),
            doubles().between(1, 1e6))
        .checkAssert(
            (x1, x2, n1, n2) -> {
              DirectlyStandardisedRate dsr =
                  DirectlyStandardisedRate.of(
                      new double[] {x1, x2}, new double[] {n1, n2}, new double[] {1, 3}, C95, 1e5);
              assertThat(dsr.estimate().isPresent()).isEqualTo(x1 + x2 >= 10);
              dsr.estimate()
                  .ifPresent(
                      e -> {
                        assertThat(e.lower()).isLessThanOrEqualTo(e.value());
                        assertThat(e.upper()).isGreaterThanOrEqualTo(e.value());
                      });
            });
  }

  @Test
  void frequencyOneOnlyEqualsIndependentEvents() {
    TreeMap<Integer, double[]> persons = new TreeMap<>();
    persons.put(1, EVENTS);
    Estimate nonIndependent =
        DirectlyStandardisedRate.ofNonIndependentEvents(persons, POPULATIONS, WEIGHTS, C95, 1e5)
            .estimate()
            .orElseThrow();
    Estimate independent =
        DirectlyStandardisedRate.of(EVENTS, POPULATIONS, WEIGHTS, C95, 1e5)
            .estimate()
            .orElseThrow();
    assertThat(nonIndependent.lower()).isCloseTo(independent.lower(), rel(independent.lower()));
    assertThat(nonIndependent.upper()).isCloseTo(independent.upper(), rel(independent.upper()));
  }

  @Test
  void rejectsStandardPopulationsOfAnotherLength() {
    assertThatThrownBy(
            () ->
                DirectlyStandardisedRate.of(
                    EVENTS, POPULATIONS, new double[] {3000, 5000}, C95, 100000))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "events and standardPopulation must have the same length, got events.length=3,"
                + " standardPopulation.length=2");
    TreeMap<Integer, double[]> short1 = new TreeMap<>();
    short1.put(1, new double[] {1, 1});
    assertThatThrownBy(
            () ->
                DirectlyStandardisedRate.ofNonIndependentEvents(
                    short1, POPULATIONS, WEIGHTS, C95, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "persons and populations must have the same length, got persons.length=2,"
                + " populations.length=3");
    TreeMap<Integer, double[]> once = new TreeMap<>();
    once.put(1, EVENTS);
    assertThatThrownBy(
            () ->
                DirectlyStandardisedRate.ofNonIndependentEvents(
                    once, POPULATIONS, new double[] {3000, 5000}, C95, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "populations and standardPopulation must have the same length,"
                + " got populations.length=3, standardPopulation.length=2");
    assertThatThrownBy(
            () ->
                DirectlyStandardisedRate.ofNonIndependentEvents(
                    once, new double[0], WEIGHTS, C95, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("populations must not be empty, got populations.length=0");
  }

  @Test
  void ratesAreEqualWhenEveryFigureIs() {
    DirectlyStandardisedRate rate =
        DirectlyStandardisedRate.of(EVENTS, POPULATIONS, WEIGHTS, C95, 100000);
    assertThat(DirectlyStandardisedRate.of(EVENTS.clone(), POPULATIONS, WEIGHTS, C95, 100000))
        .isEqualTo(rate)
        .hasSameHashCodeAs(rate);
    assertThat(DirectlyStandardisedRate.of(EVENTS, POPULATIONS, WEIGHTS, C95, 1000))
        .isNotEqualTo(rate);
    // Doubling every population halves each band rate: same total count, other population.
    assertThat(
            DirectlyStandardisedRate.of(
                EVENTS, new double[] {2000, 3000, 5000}, WEIGHTS, C95, 200000))
        .isNotEqualTo(rate);
    TreeMap<Integer, double[]> twice = new TreeMap<>();
    twice.put(1, new double[] {1, 0, 0});
    twice.put(2, new double[] {2, 6, 10});
    // The same 5, 12, 20 events, mostly repeat events of fewer persons: same value, other method.
    assertThat(
            DirectlyStandardisedRate.ofNonIndependentEvents(
                twice, POPULATIONS, WEIGHTS, C95, 100000))
        .isNotEqualTo(rate);
    assertThat(rate).isNotEqualTo(rate.estimate().orElseThrow());
    // (5·3000/1000 + 12·5000/1500 + 20·2000/2500) / 10000 · 100000 = 71 / 10000 · 100000 = 710
    assertThat(rate.toString())
        .startsWith("DirectlyStandardisedRate[dsr per 100000, 710.0 (95% Dobson [");
  }

  // NHS England Mental Health Act method (USERS-AND-METRICS.md §2.3). Strata: 3, standard N_k =
  // 4000, 5000, 1000 (N = 10000, shares 0.4, 0.5, 0.1); events 2, 30, 10 of populations 1000, 2000,
  // 500, so r_k = 0.002, 0.015, 0.02.
  private static final double[] MHA_EVENTS = {2, 30, 10};
  private static final double[] MHA_POPULATIONS = {1000, 2000, 500};
  private static final double[] MHA_STANDARD = {4000, 5000, 1000};

  @Test
  void mentalHealthActByHandWithTheSixteenToSeventeenQuirk() {
    // value = (0.4·0.002 + 0.5·0.015 + 0.1·0.02)·1e5 = (0.0008 + 0.0075 + 0.002)·1e5 = 1030
    // The middle stratum is left out of the variance (as '16 to 17' in the publication):
    // variance = 0.4²·0.002·0.998/1000 + 0.1²·0.02·0.98/500 = 3.1936e-7 + 3.92e-7 = 7.1136e-7
    // half-width = 1.96·sqrt(7.1136e-7)·1e5 = 1.96·84.34217...= 165.3107...
    double half = 1.96 * Math.sqrt(7.1136e-7) * 1e5;
    DirectlyStandardisedRate dsr =
        DirectlyStandardisedRate.mentalHealthAct(
            MHA_EVENTS, MHA_POPULATIONS, MHA_STANDARD, new boolean[] {true, false, true}, C95, 1e5);
    Estimate estimate = dsr.estimate().orElseThrow();
    assertThat(estimate.value()).isCloseTo(1030, rel(1030));
    assertThat(half).isCloseTo(165.3107, within(1e-4));
    assertThat(estimate.lower()).isCloseTo(1030 - half, rel(1030 - half));
    assertThat(estimate.upper()).isCloseTo(1030 + half, rel(1030 + half));
    assertThat(estimate.method())
        .isEqualTo("NHS England Mental Health Act: normal approximation, binomial variance");
    assertThat(dsr.statistic()).isEqualTo("dsr per 100000");
    assertThat(dsr.totalCount()).isEqualTo(42.0);
    assertThat(dsr.totalPopulation()).isEqualTo(3500.0);
  }

  @Test
  void mentalHealthActCorrectedIntervalCountsEveryStratum() {
    // + 0.5²·0.015·0.985/2000 = 1.846875e-6, so variance = 7.1136e-7 + 1.846875e-6 = 2.558235e-6
    double half = 1.96 * Math.sqrt(2.558235e-6) * 1e5;
    Estimate estimate =
        DirectlyStandardisedRate.mentalHealthAct(
                MHA_EVENTS,
                MHA_POPULATIONS,
                MHA_STANDARD,
                new boolean[] {true, true, true},
                C95,
                1e5)
            .estimate()
            .orElseThrow();
    assertThat(estimate.value()).isCloseTo(1030, rel(1030));
    assertThat(estimate.upper() - estimate.value()).isCloseTo(half, rel(half));
    assertThat(estimate.value() - estimate.lower()).isCloseTo(half, rel(half));
  }

  @Test
  void mentalHealthActGivesAValueBelowTenEventsAndUsesZAtOtherLevels() {
    // One stratum, 3 events of 1000, standard 1: value 300 per 100,000; the Dobson DSR gives none.
    // half = 3.090232306167813·sqrt(0.003·0.997/1000)·1e5 (dossier §0 z at 99.8%)
    double half = 3.090232306167813 * Math.sqrt(0.003 * 0.997 / 1000) * 1e5;
    Estimate estimate =
        DirectlyStandardisedRate.mentalHealthAct(
                new double[] {3},
                new double[] {1000},
                new double[] {1},
                new boolean[] {true},
                ConfidenceLevel.NINETY_NINE_POINT_EIGHT,
                1e5)
            .estimate()
            .orElseThrow();
    assertThat(estimate.value()).isCloseTo(300, rel(300));
    assertThat(estimate.upper()).isCloseTo(300 + half, rel(300 + half));
    assertThat(estimate.lower()).isCloseTo(300 - half, rel(300 - half));
  }

  @Test
  void mentalHealthActRejectsInvalidInputs() {
    assertThatThrownBy(
            () ->
                DirectlyStandardisedRate.mentalHealthAct(
                    new double[] {2, 2001, 10},
                    MHA_POPULATIONS,
                    MHA_STANDARD,
                    new boolean[] {true, true, true},
                    C95,
                    1e5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "events must not exceed populations in a stratum for a binomial variance, got"
                + " events[1]=2001.0, populations[1]=2000.0");
    assertThatThrownBy(
            () ->
                DirectlyStandardisedRate.mentalHealthAct(
                    MHA_EVENTS, MHA_POPULATIONS, MHA_STANDARD, new boolean[] {true}, C95, 1e5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "events and inVariance must have the same length, got events.length=3,"
                + " inVariance.length=1");
    assertThatThrownBy(
            () ->
                DirectlyStandardisedRate.mentalHealthAct(
                    MHA_EVENTS, MHA_POPULATIONS, MHA_STANDARD, null, C95, 1e5))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("inVariance");
  }
}
