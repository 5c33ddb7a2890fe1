package org.equalitymonitoring.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvTest {
  @Test
  void figuresHaveFourDecimalPlacesRoundedHalfUp() {
    // The double nearest 0.907 after arithmetic, and 617/680 = 0.907352941..., as Java prints them.
    assertThat(Csv.figure(0.9070000000000001)).isEqualTo("0.9070");
    assertThat(Csv.figure(617.0 / 680)).isEqualTo("0.9074");
    assertThat(Csv.figure(2.0 / 3)).isEqualTo("0.6667");
    assertThat(Csv.figure(15)).isEqualTo("15.0000");
    assertThat(Csv.figure(253.12345678)).isEqualTo("253.1235");
    assertThat(Csv.figure(0.00004)).isEqualTo("0.0000");
    assertThat(Csv.figure(Double.NaN)).isEqualTo("NaN");
  }

  @Test
  void textCellsAreQuotedAndFormulasNeutralised() {
    assertThat(Csv.append(new StringBuilder(), "Ward, 1").toString()).isEqualTo("\"Ward, 1\"");
    assertThat(Csv.append(new StringBuilder(), "=1+1").toString()).isEqualTo("'=1+1");
    assertThat(Csv.append(new StringBuilder(), "plain").toString()).isEqualTo("plain");
  }
}
