package org.equalitymonitoring.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ConfidenceLevelTest {

  @Test
  void zAt95PercentIsRQnorm0975() {
    // STATISTICAL-METHODS.md §0: qnorm(0.975) = 1.959963984540054 (correctly rounded double).
    assertThat(ConfidenceLevel.NINETY_FIVE.z()).isCloseTo(1.959963984540054, within(4e-16));
    assertThat(ConfidenceLevel.of(0.95).z()).isCloseTo(1.959963984540054, within(4e-16));
  }

  @Test
  void zAt99Point8PercentIsRQnorm0999() {
    // STATISTICAL-METHODS.md §0: qnorm(0.999) = 3.090232306167813.
    assertThat(ConfidenceLevel.NINETY_NINE_POINT_EIGHT.z())
        .isCloseTo(3.090232306167813, within(1e-15));
  }

  @Test
  void zAt90PercentIsTheStandardTableValue() {
    // qnorm(0.95) = 1.6448536269514722 (standard normal tables / R).
    assertThat(ConfidenceLevel.of(0.9).z()).isCloseTo(1.6448536269514722, within(1e-15));
  }

  @Test
  void constantsAreReturnedForTheirLevels() {
    assertThat(ConfidenceLevel.of(0.95)).isSameAs(ConfidenceLevel.NINETY_FIVE);
    assertThat(ConfidenceLevel.of(0.998)).isSameAs(ConfidenceLevel.NINETY_NINE_POINT_EIGHT);
    assertThat(ConfidenceLevel.of(0.99)).isEqualTo(ConfidenceLevel.of(0.99));
    assertThat(ConfidenceLevel.of(0.99).hashCode()).isEqualTo(ConfidenceLevel.of(0.99).hashCode());
  }

  @Test
  void labelsAndAlpha() {
    assertThat(ConfidenceLevel.NINETY_FIVE.label()).isEqualTo("95%");
    assertThat(ConfidenceLevel.NINETY_NINE_POINT_EIGHT.label()).isEqualTo("99.8%");
    assertThat(ConfidenceLevel.of(0.9).label()).isEqualTo("90%");
    assertThat(ConfidenceLevel.NINETY_FIVE.level()).isEqualTo(0.95);
    assertThat(ConfidenceLevel.NINETY_FIVE.alpha()).isCloseTo(0.05, within(1e-15));
  }

  @ParameterizedTest
  @ValueSource(doubles = {0.85, 1.0, 0.0, -0.95, 1.5, 95, 99.8, 100})
  void rejectsLevelsOutsideTheHalfOpenRange(double level) {
    assertThatThrownBy(() -> ConfidenceLevel.of(level))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "confidence level must be a fraction in [0.9, 1) (percentages such as 95 are not"
                + " accepted), got confidence="
                + level);
  }

  @Test
  void rejectsNaNAndQuotesIt() {
    assertThatThrownBy(() -> ConfidenceLevel.of(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageEndingWith("got confidence=NaN");
  }

  @Test
  void rejectsPercentagesUnlikePheim() {
    assertThatThrownBy(() -> ConfidenceLevel.of(95))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("percentages such as 95 are not accepted")
        .hasMessageContaining("got confidence=95.0");
  }

  @Test
  void acceptsTheLowerBoundAndValuesJustBelowOne() {
    assertThat(ConfidenceLevel.of(0.9).level()).isEqualTo(0.9);
    assertThat(ConfidenceLevel.of(0.9999).z()).isGreaterThan(3.7);
  }

  @Test
  void levelsAreEqualByCoverage() {
    ConfidenceLevel ninety = ConfidenceLevel.of(0.9);
    assertThat(ConfidenceLevel.of(0.9)).isEqualTo(ninety).hasSameHashCodeAs(ninety);
    assertThat(ninety).isNotEqualTo(ConfidenceLevel.NINETY_FIVE).isNotEqualTo(0.9);
    assertThat(ConfidenceLevel.NINETY_NINE_POINT_EIGHT).hasToString("ConfidenceLevel[99.8%]");
  }
}
