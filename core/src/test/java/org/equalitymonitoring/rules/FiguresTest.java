package org.equalitymonitoring.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FiguresTest {
  @Test
  void formatsFiguresForMessages() {
    assertThat(Figures.unit("")).isEqualTo("Overall");
    assertThat(Figures.unit("Ward 7")).isEqualTo("Ward 7");
    assertThat(Figures.percent(0.81)).isEqualTo("81.0%");
    assertThat(Figures.percent(0.0075)).isEqualTo("0.8%");
    assertThat(Figures.limit(0.95)).isEqualTo("95%");
    assertThat(Figures.limit(0.025)).isEqualTo("2.5%");
    assertThat(Figures.limit(0)).isEqualTo("0%");
    assertThat(Figures.points(0.11000000000000001)).isEqualTo("+11.0");
    assertThat(Figures.points(-0.09)).isEqualTo("-9.0");
    assertThat(Figures.count(1234)).isEqualTo("1,234");
    assertThat(Figures.records(1)).isEqualTo("1 record");
    assertThat(Figures.records(1234567)).isEqualTo("1,234,567 records");
    assertThat(Figures.pValue(0.02115)).isEqualTo("= 0.0212");
    assertThat(Figures.pValue(0.00001)).isEqualTo("< 0.0001");
  }
}
