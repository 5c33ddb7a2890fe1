package org.equalitymonitoring.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SeverityTest {
  @Test
  void isOrderedFromMostSerious() {
    assertThat(Severity.values()).containsExactly(Severity.ERROR, Severity.WARNING, Severity.INFO);
  }

  @Test
  void aMilderSeverityIsOneStepDown() {
    assertThat(Severity.ERROR.milder()).isEqualTo(Severity.WARNING);
    assertThat(Severity.WARNING.milder()).isEqualTo(Severity.INFO);
    assertThat(Severity.INFO.milder()).isEqualTo(Severity.INFO);
  }
}
