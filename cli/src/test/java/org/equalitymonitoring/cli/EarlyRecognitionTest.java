package org.equalitymonitoring.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * {@link EarlyRecognition} starts building the default recognition only for a run that will use it.
 */
class EarlyRecognitionTest {
  @Test
  void theCommandsThatRecogniseValuesInTheDefaultSchemeUseIt() {
    assertThat(EarlyRecognition.isUsedBy("completeness", "--input", "x.csv", "--column", "e"))
        .isTrue();
    assertThat(EarlyRecognition.isUsedBy("report", "--input", "x.csv")).isTrue();
    assertThat(EarlyRecognition.isUsedBy("resolve", "--input", "x.csv")).isTrue();
    assertThat(EarlyRecognition.isUsedBy("agreement", "--input", "x.csv")).isTrue();
  }

  @Test
  void anotherSchemeOrCrosswalkCountsHelpOrAnotherCommandDoNot() {
    assertThat(EarlyRecognition.isUsedBy()).isFalse();
    assertThat(EarlyRecognition.isUsedBy("impact", "--input", "x.csv")).isFalse();
    assertThat(EarlyRecognition.isUsedBy("schemes")).isFalse();
    assertThat(EarlyRecognition.isUsedBy("completeness", "--scheme", "eth5")).isFalse();
    assertThat(EarlyRecognition.isUsedBy("completeness", "--scheme=eth5")).isFalse();
    assertThat(EarlyRecognition.isUsedBy("report", "--via", "none")).isFalse();
    assertThat(EarlyRecognition.isUsedBy("completeness", "--counts", "c.csv")).isFalse();
    assertThat(EarlyRecognition.isUsedBy("completeness", "--help")).isFalse();
    assertThat(EarlyRecognition.isUsedBy("--input", "completeness")).isFalse();
  }
}
